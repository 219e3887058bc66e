extension RedisScripts {
    /// KEYS: choice hash, task hash (then the tombstone, `guarded`). ARGV: retention ms, then
    /// field/value pairs. Replaces the choice and gives it the task's remaining lifetime, so the two
    /// expire together; returns 0 (writing nothing) when the task is gone.
    static let setChoice = """
        local ttl = redis.call('PTTL', KEYS[2])
        if ttl == -2 then return 0 end
        if ttl == -1 then ttl = tonumber(ARGV[1]) end
        redis.call('DEL', KEYS[1])
        redis.call('HSET', KEYS[1], unpack(ARGV, 2))
        redis.call('PEXPIRE', KEYS[1], ttl)
        return 1
        """
}
