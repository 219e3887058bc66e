/// Lua scripts for admitting a teacher's task and handing it to the stages: counting and inserting in
/// one script is what keeps concurrent submissions from all passing the same count.
///
/// Every key these scripts touch is one of the teacher's (`KEYS`, one cluster slot). Whether a task is
/// still queued or running lives in the task's own hash, in another slot, so the store reads the
/// statuses just before the script and passes what it found (`snapshot`): the ids it saw settled or
/// gone, and the batches it saw with no task left running or with no tasks at all. An id the snapshot
/// does not name counts as live, so an admission that ran in between (whose tasks the snapshot could
/// not see) is always counted: a stale snapshot can only count a task that has just settled, never
/// miss one that is running.
extension RedisScripts {
    /// Reads the snapshot from ARGV[5] (its pair count n) and the n kind/id pairs after it; sets `at`
    /// to the first argument after them. Kinds: `settled`, `gone` (tasks), `batch-settled`,
    /// `batch-gone` (batches).
    private static let snapshot = """
        local settled, gone, batchSettled, batchGone = {}, {}, {}, {}
        local at = 6
        for _ = 1, tonumber(ARGV[5]) do
          local kind, id = ARGV[at], ARGV[at + 1]
          if kind == 'settled' then settled[id] = true
          elseif kind == 'gone' then gone[id] = true
          elseif kind == 'batch-settled' then batchSettled[id] = true
          elseif kind == 'batch-gone' then batchGone[id] = true end
          at = at + 2
        end
        local function live(id)
          return not (settled[id] or gone[id])
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

    /// What the in-flight limit counts (KEYS[3]: the teacher's tasks, KEYS[4]: their batches): their
    /// queued and running tasks among the newest 100, and their batches among the newest 100 with any
    /// task still queued or running, a batch counting once however many students it has. Ids whose
    /// data is gone are forgotten.
    private static let inFlight = """
        local function inFlight()
          local count = 0
          for _, id in ipairs(redis.call('ZREVRANGE', KEYS[3], 0, 99)) do
            if gone[id] then
              redis.call('ZREM', KEYS[3], id)
            elseif live(id) then
              count = count + 1
            end
          end
          for _, batch in ipairs(redis.call('ZREVRANGE', KEYS[4], 0, 99)) do
            if batchGone[batch] then
              redis.call('ZREM', KEYS[4], batch)
            elseif not batchSettled[batch] then
              count = count + 1
            end
          end
          return count
        end
        """

    /// KEYS: staged, held, the teacher's tasks, their batches. ARGV: retention ms, stage limit, now ms,
    /// in-flight limit, the snapshot, then the new task's id (its hash already written by the store).
    /// At the limit answers {'full', count}. Otherwise records the task, queues it behind the teacher's
    /// held ones and answers {'accepted', ids to hand to the stages now…}.
    static let admitTask = snapshot + "\n" + inFlight + """

        local count = inFlight()
        if count >= tonumber(ARGV[4]) then return {'full', count} end
        redis.call('ZADD', KEYS[3], ARGV[3], ARGV[at])
        redis.call('PEXPIRE', KEYS[3], ARGV[1])
        redis.call('ZADD', KEYS[2], ARGV[3], ARGV[at])

        """ + releaseHeld + """

        return {'accepted', unpack(released)}
        """

    /// KEYS: staged, held, the teacher's tasks, their batches. ARGV: retention ms, stage limit, now ms,
    /// in-flight limit, the snapshot, the batch id, then its task ids in roster order (the batch and its
    /// tasks already written by the store). At the limit answers {'full', count}; otherwise records the
    /// batch, holds its tasks in roster order (the same millisecond, ordered by a fraction of it) and
    /// answers {'accepted', ids to hand to the stages now…}.
    static let admitBatch = snapshot + "\n" + inFlight + """

        local count = inFlight()
        if count >= tonumber(ARGV[4]) then return {'full', count} end
        local batch = ARGV[at]
        for position = 0, #ARGV - at - 1 do
          redis.call('ZADD', KEYS[2], ARGV[3] .. '.' .. string.format('%03d', position), ARGV[at + 1 + position])
        end
        redis.call('ZADD', KEYS[4], ARGV[3], batch)
        redis.call('PEXPIRE', KEYS[4], ARGV[1])

        """ + releaseHeld + """

        return {'accepted', unpack(released)}
        """

    /// KEYS: staged, held. ARGV: retention ms, stage limit, now ms, (unused), the snapshot, the settled
    /// task's id. Takes the task out of the stages and answers the ids of held tasks to hand to the
    /// stages now.
    static let releaseStage = snapshot + """

        redis.call('ZREM', KEYS[1], ARGV[at])
        redis.call('ZREM', KEYS[2], ARGV[at])

        """ + releaseHeld + """

        return released
        """

    /// KEYS: the batch's hash, its task list. ARGV: retention ms, the hash's field count n, n
    /// field/value items, then the task ids in roster order. Writes a batch before its admission.
    static let createBatch = """
        local at = 3 + tonumber(ARGV[2])
        redis.call('HSET', KEYS[1], unpack(ARGV, 3, at - 1))
        redis.call('PEXPIRE', KEYS[1], ARGV[1])
        if at <= #ARGV then
          redis.call('RPUSH', KEYS[2], unpack(ARGV, at))
          redis.call('PEXPIRE', KEYS[2], ARGV[1])
        end
        return 1
        """
}
