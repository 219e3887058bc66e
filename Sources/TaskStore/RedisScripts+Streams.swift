/// Lua scripts for event stream leases: a lease is taken only while both the teacher's and the
/// global count are below their limits, checked and taken in one script.
extension RedisScripts {
    /// KEYS: the teacher's leases, every lease. ARGV: now ms, the lease's expiry ms, lease id, the
    /// teacher's limit, the global limit, the sets' lifetime ms. Expired leases (a stream whose end
    /// was never reported) are dropped first. Answers {'acquired', 0}, or {'teacher' or 'total', ms
    /// until the first lease of the full set expires}.
    static let acquireStream = """
        redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
        redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', ARGV[1])
        local function refuse(limit, key)
          local first = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
          if #first == 0 then return {limit, tonumber(ARGV[2]) - tonumber(ARGV[1])} end
          return {limit, tonumber(first[2]) - tonumber(ARGV[1])}
        end
        if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[4]) then return refuse('teacher', KEYS[1]) end
        if redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[5]) then return refuse('total', KEYS[2]) end
        for i = 1, 2 do
          redis.call('ZADD', KEYS[i], ARGV[2], ARGV[3])
          redis.call('PEXPIRE', KEYS[i], ARGV[6])
        end
        return {'acquired', 0}
        """

    /// KEYS: the teacher's leases, every lease. ARGV: lease id. Returns 1 when the lease was held.
    static let releaseStream = """
        redis.call('ZREM', KEYS[1], ARGV[1])
        return redis.call('ZREM', KEYS[2], ARGV[1])
        """
}
