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

    /// KEYS: staged, held, the teacher's tasks, the new task's hash. ARGV: retention ms, stage limit,
    /// now ms, task key prefix, in-flight limit, the new task's id, then its hash's field/value pairs.
    /// Counts the teacher's queued and running tasks among their newest 100 (forgetting ids whose
    /// task is gone); at the limit answers {'full', count}. Otherwise creates the task, queues it
    /// behind the teacher's held ones and answers {'accepted', ids to hand to the stages now…}.
    static let admitTask = live + """

        local inFlight = 0
        for _, id in ipairs(redis.call('ZREVRANGE', KEYS[3], 0, 99)) do
          local status = redis.call('HGET', ARGV[4] .. id, 'status')
          if not status then
            redis.call('ZREM', KEYS[3], id)
          elseif status == 'queued' or status == 'running' then
            inFlight = inFlight + 1
          end
        end
        if inFlight >= tonumber(ARGV[5]) then return {'full', inFlight} end
        redis.call('HSET', KEYS[4], unpack(ARGV, 7))
        redis.call('PEXPIRE', KEYS[4], ARGV[1])
        redis.call('ZADD', KEYS[3], ARGV[3], ARGV[6])
        redis.call('PEXPIRE', KEYS[3], ARGV[1])
        redis.call('ZADD', KEYS[2], ARGV[3], ARGV[6])

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
