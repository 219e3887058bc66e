/// Lua scripts for admitting a teacher's task and handing it to the stages: counting and inserting in
/// one script is what keeps concurrent submissions from all passing the same count.
///
/// The scripts read task hashes by the ids a teacher's sets hold (`ARGV[4]` is the key prefix) rather
/// than as declared keys: they run on one Redis server, never a cluster.
extension RedisScripts {
    /// Whether the task with `id` is still queued or running.
    private static let live = """
        local function live(id)
          local status = redis.call('HGET', ARGV[4] .. id, 'status')
          return status == 'queued' or status == 'running'
        end
        """

    /// KEYS[1]: the teacher's staged tasks, KEYS[2]: their held tasks. ARGV[1]: retention ms,
    /// ARGV[2]: tasks a teacher may have in the stages, ARGV[3]: now ms. Forgets staged tasks that
    /// settled or are gone (so one whose release was missed frees its place anyway), then moves the
    /// oldest held tasks that still wait into the free places and answers their ids.
    private static let releaseHeld = """
        for _, id in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
          if not live(id) then redis.call('ZREM', KEYS[1], id) end
        end
        local released = {}
        while redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[2]) do
          local oldest = redis.call('ZPOPMIN', KEYS[2])
          if #oldest == 0 then break end
          if live(oldest[1]) then
            redis.call('ZADD', KEYS[1], ARGV[3], oldest[1])
            table.insert(released, oldest[1])
          end
        end
        for i = 1, 2 do
          if redis.call('EXISTS', KEYS[i]) == 1 then redis.call('PEXPIRE', KEYS[i], ARGV[1]) end
        end
        """

    /// What the in-flight limit counts (KEYS[3]: the teacher's tasks, KEYS[4]: their batches; ARGV[4]:
    /// task key prefix, ARGV[6]: batch key prefix): their queued and running tasks among the newest 100,
    /// and their batches among the newest 100 with any task still queued or running, a batch counting
    /// once however many students it has. Ids whose data is gone are forgotten.
    private static let inFlight = """
        local function inFlight()
          local count = 0
          for _, id in ipairs(redis.call('ZREVRANGE', KEYS[3], 0, 99)) do
            local status = redis.call('HGET', ARGV[4] .. id, 'status')
            if not status then
              redis.call('ZREM', KEYS[3], id)
            elseif status == 'queued' or status == 'running' then
              count = count + 1
            end
          end
          for _, batch in ipairs(redis.call('ZREVRANGE', KEYS[4], 0, 99)) do
            local ids = redis.call('LRANGE', ARGV[6] .. batch .. ':tasks', 0, -1)
            if #ids == 0 then redis.call('ZREM', KEYS[4], batch) end
            for _, id in ipairs(ids) do
              if live(id) then
                count = count + 1
                break
              end
            end
          end
          return count
        end
        """

    /// KEYS: staged, held, the teacher's tasks, their batches, the new task's hash. ARGV: retention ms,
    /// stage limit, now ms, task key prefix, in-flight limit, batch key prefix, the new task's id, then
    /// its hash's field/value pairs. At the limit answers {'full', count}. Otherwise creates the task,
    /// queues it behind the teacher's held ones and answers {'accepted', ids to hand to the stages now…}.
    static let admitTask = live + "\n" + inFlight + """

        local count = inFlight()
        if count >= tonumber(ARGV[5]) then return {'full', count} end
        redis.call('HSET', KEYS[5], unpack(ARGV, 8))
        redis.call('PEXPIRE', KEYS[5], ARGV[1])
        redis.call('ZADD', KEYS[3], ARGV[3], ARGV[7])
        redis.call('PEXPIRE', KEYS[3], ARGV[1])
        redis.call('ZADD', KEYS[2], ARGV[3], ARGV[7])

        """ + releaseHeld + """

        return {'accepted', unpack(released)}
        """

    /// KEYS: staged, held, the teacher's tasks, their batches, the batch's hash, its task list. ARGV:
    /// retention ms, stage limit, now ms, task key prefix, in-flight limit, batch key prefix, the
    /// batch id, its hash's field count n, n field/value items, then per task its id, its item count m
    /// and m field/value items. At the limit answers {'full', count}; otherwise creates the batch and
    /// its tasks, holds the tasks in roster order (the same millisecond, ordered by a fraction of it)
    /// and answers {'accepted', ids to hand to the stages now…}.
    static let admitBatch = live + "\n" + inFlight + """

        local count = inFlight()
        if count >= tonumber(ARGV[5]) then return {'full', count} end
        local at = 9 + tonumber(ARGV[8])
        redis.call('HSET', KEYS[5], unpack(ARGV, 9, at - 1))
        redis.call('PEXPIRE', KEYS[5], ARGV[1])
        local position = 0
        while at <= #ARGV do
          local id, items = ARGV[at], tonumber(ARGV[at + 1])
          redis.call('HSET', ARGV[4] .. id, unpack(ARGV, at + 2, at + 1 + items))
          redis.call('PEXPIRE', ARGV[4] .. id, ARGV[1])
          redis.call('RPUSH', KEYS[6], id)
          redis.call('ZADD', KEYS[2], ARGV[3] .. '.' .. string.format('%03d', position), id)
          position = position + 1
          at = at + 2 + items
        end
        redis.call('PEXPIRE', KEYS[6], ARGV[1])
        redis.call('ZADD', KEYS[4], ARGV[3], ARGV[7])
        redis.call('PEXPIRE', KEYS[4], ARGV[1])

        """ + releaseHeld + """

        return {'accepted', unpack(released)}
        """

    /// KEYS: staged, held. ARGV: retention ms, stage limit, now ms, task key prefix, the settled
    /// task's id. Takes the task out of the stages and answers the ids of held tasks to hand to the
    /// stages now.
    static let releaseStage = live + """

        redis.call('ZREM', KEYS[1], ARGV[5])
        redis.call('ZREM', KEYS[2], ARGV[5])

        """ + releaseHeld + """

        return released
        """
}
