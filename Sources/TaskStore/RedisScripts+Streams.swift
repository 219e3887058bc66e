/// Lua scripts for event stream leases: a lease is taken only while the teacher's count and then the
/// global count are below their limits, each checked and taken in one script. The two sets live in
/// different cluster slots (the teacher's and the global one), so they are two scripts: a lease the
/// global set refuses is taken back from the teacher's, which can only make a teacher's count briefly
/// high, never let either set pass its limit.
extension RedisScripts {
    /// KEYS: a lease set. ARGV: now ms, the lease's expiry ms, lease id, the set's limit, the set's
    /// lifetime ms. Expired leases (a stream whose end was never reported) are dropped first. Answers
    /// {'acquired', 0}, or {'full', ms until the set's first lease expires}.
    static let acquireStream = """
        redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
        if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[4]) then
          local first = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
          if #first == 0 then return {'full', tonumber(ARGV[2]) - tonumber(ARGV[1])} end
          return {'full', tonumber(first[2]) - tonumber(ARGV[1])}
        end
        redis.call('ZADD', KEYS[1], ARGV[2], ARGV[3])
        redis.call('PEXPIRE', KEYS[1], ARGV[5])
        return {'acquired', 0}
        """
}
