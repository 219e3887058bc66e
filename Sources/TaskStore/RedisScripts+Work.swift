/// Lua scripts for a teacher's batches and history.
extension RedisScripts {
    /// KEYS[1]: the teacher's tasks or batches. ARGV: [1] the oldest creation time still kept (ms; older
    /// entries' data has expired), [2] the hash key prefix, [3] how many to answer, [4] the cursor's
    /// time ('+inf' for the first page), [5] the cursor's id ('' for the first page). Answers id, time
    /// pairs newest first, one more than asked when there are more. Entries at the cursor's time that
    /// sort at or after its id were on earlier pages (same-time members come in reverse order).
    /// Entries whose hash is gone are removed once the pages are read, so paging stays in step.
    static let work = """
        redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[1])
        local wanted = tonumber(ARGV[3]) + 1
        local found, gone = {}, {}
        local offset = 0
        while #found < wanted * 2 do
          local page = redis.call('ZREVRANGEBYSCORE', KEYS[1], ARGV[4], '-inf', 'WITHSCORES', 'LIMIT', offset, 100)
          if #page == 0 then break end
          for i = 1, #page, 2 do
            local id, score = page[i], page[i + 1]
            if not (ARGV[5] ~= '' and score == ARGV[4] and id >= ARGV[5]) then
              if redis.call('EXISTS', ARGV[2] .. id) == 1 then
                if #found < wanted * 2 then
                  table.insert(found, id)
                  table.insert(found, score)
                end
              else
                table.insert(gone, id)
              end
            end
          end
          offset = offset + 100
        end
        if #gone > 0 then redis.call('ZREM', KEYS[1], unpack(gone)) end
        return found
        """
}
