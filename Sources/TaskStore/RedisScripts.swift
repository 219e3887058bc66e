/// Lua scripts for the multi-step operations that must be atomic on the server.
enum RedisScripts {
    /// The error a guarded script answers when the task's tombstone exists (Redis may prefix it with `ERR`).
    static let taskDeletedError = "TASK_DELETED"

    /// Prepended to every script when the client checks script keys (tests): each command a script
    /// runs may touch only keys the script was given in `KEYS`, as Redis Cluster requires (a key built
    /// inside a script may live on another node). The command's keys are the server's own answer
    /// (`COMMAND GETKEYS`); a command with none passes. Breaking the rule is the error `UNDECLARED_KEY`.
    static let declaredKeysOnly = """
        local recordline_redis = redis
        local recordline_declared = {}
        for _, key in ipairs(KEYS) do recordline_declared[key] = true end
        local function recordline_checked(call)
          return function(command, ...)
            local keys = recordline_redis.pcall('COMMAND', 'GETKEYS', command, ...)
            if type(keys) == 'table' and not keys.err then
              for _, key in ipairs(keys) do
                if not recordline_declared[key] then
                  error({err = 'UNDECLARED_KEY ' .. string.upper(command) .. ' touches ' .. key .. ', which is not in KEYS'})
                end
              end
            end
            return call(command, ...)
          end
        end
        local redis = setmetatable(
          {call = recordline_checked(recordline_redis.call), pcall = recordline_checked(recordline_redis.pcall)},
          {__index = recordline_redis})

        """

    /// Prepended to every script that writes a task's keys, which passes the task's tombstone as its
    /// last key: checking it in the same script as the write is what makes a delete win over a stage
    /// that read the task just before it was deleted.
    static func guarded(_ script: String) -> String {
        "if redis.call('EXISTS', KEYS[#KEYS]) == 1 then return redis.error_reply('\(taskDeletedError)') end\n" + script
    }

    /// KEYS: tombstone, then every key of the task. ARGV: the tombstone's lifetime ms. Sets the
    /// tombstone first, so no guarded write can land between the removal and the mark. Returns how
    /// many keys were removed.
    static let deleteTask = """
        redis.call('SET', KEYS[1], '1', 'PX', ARGV[1])
        if #KEYS < 2 then return 0 end
        return redis.call('UNLINK', unpack(KEYS, 2))
        """

    /// KEYS: claim. ARGV: token, lease ms. Returns 1 when the token held the claim.
    static let renew = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
        return 0
        """

    /// KEYS: claim. ARGV: token. Returns 1 when the token held the claim.
    static let release = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
        return 0
        """

    /// KEYS: hash. ARGV: retention ms, a field to remove ('' for none), then field/value pairs.
    static let hashSet = """
        if ARGV[2] ~= '' then redis.call('HDEL', KEYS[1], ARGV[2]) end
        redis.call('HSET', KEYS[1], unpack(ARGV, 3))
        return redis.call('PEXPIRE', KEYS[1], ARGV[1])
        """

    /// KEYS: set. ARGV: retention ms, member. Returns the set's size.
    static let settle = """
        redis.call('SADD', KEYS[1], ARGV[2])
        redis.call('PEXPIRE', KEYS[1], ARGV[1])
        return redis.call('SCARD', KEYS[1])
        """

    /// KEYS: stream, task hash. ARGV: retention ms, approximate length cap, type, data. Returns the
    /// entry id and the task's batch ('' when none), whose stream the store relays the event to
    /// (`relayToBatch`): the batch's keys live in another cluster slot than the task's.
    static let append = """
        local id = redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[2], '*', 'type', ARGV[3], 'data', ARGV[4])
        redis.call('PEXPIRE', KEYS[1], ARGV[1])
        return {id, redis.call('HGET', KEYS[2], 'batch') or ''}
        """

    /// KEYS: this window's counter, the previous window's. ARGV: expiry ms. Returns this window's
    /// count after the increment and the previous window's count.
    static let count = """
        local count = redis.call('INCR', KEYS[1])
        if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
        return {count, tonumber(redis.call('GET', KEYS[2]) or '0')}
        """

    /// KEYS: hash. ARGV: retention ms, then field/value pairs; written only when the hash does not exist.
    static let hashSetIfAbsent = """
        if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
        redis.call('HSET', KEYS[1], unpack(ARGV, 2))
        redis.call('PEXPIRE', KEYS[1], ARGV[1])
        return 1
        """

    /// KEYS: stream, marker, task hash. ARGV: retention ms, length cap, type, data. Returns the entry
    /// id ('' when the marker shows the event was appended before) and the task's batch ('' when none).
    static let appendOnce = """
        local batch = redis.call('HGET', KEYS[3], 'batch') or ''
        if not redis.call('SET', KEYS[2], '1', 'NX', 'PX', ARGV[1]) then return {'', batch} end
        local id = redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[2], '*', 'type', ARGV[3], 'data', ARGV[4])
        redis.call('PEXPIRE', KEYS[1], ARGV[1])
        return {id, batch}
        """

    /// KEYS: the batch's stream, then (for an event appended once) its relay marker. ARGV: retention ms,
    /// the batch stream's length cap, type, data, task id. Writes a task's event to its batch's stream,
    /// naming the task: what `GET /v1/batches/<id>/events` relays. Returns the entry id, or '' when
    /// the marker shows it was relayed before.
    static let relayToBatch = """
        if #KEYS > 1 and not redis.call('SET', KEYS[2], '1', 'NX', 'PX', ARGV[1]) then return '' end
        local id = redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[2], '*', 'type', ARGV[3], 'data', ARGV[4], 'task', ARGV[5])
        redis.call('PEXPIRE', KEYS[1], ARGV[1])
        return id
        """

    /// KEYS: the batch's stream, marker, the batch hash. ARGV: retention ms, length cap, type, data.
    /// Appends the batch's own event once, and only while the batch exists; returns the entry id, or nil.
    static let appendBatchOnce = """
        if redis.call('EXISTS', KEYS[3]) == 0 then return false end
        if not redis.call('SET', KEYS[2], '1', 'NX', 'PX', ARGV[1]) then return false end
        local id = redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[2], '*', 'type', ARGV[3], 'data', ARGV[4])
        redis.call('PEXPIRE', KEYS[1], ARGV[1])
        return id
        """

    /// KEYS: usage hash. ARGV: retention ms, then field/increment pairs.
    static let addUsage = """
        for i = 2, #ARGV, 2 do redis.call('HINCRBY', KEYS[1], ARGV[i], ARGV[i + 1]) end
        return redis.call('PEXPIRE', KEYS[1], ARGV[1])
        """

    /// KEYS: fault switch. Returns {reason, remaining ms}, or nil when the switch is off.
    static let fault = """
        local reason = redis.call('GET', KEYS[1])
        if not reason then return false end
        return {reason, redis.call('PTTL', KEYS[1])}
        """


    /// KEYS: claim, done marker, attempts hash, version hash (the task hash again for the draft stage,
    /// which has no version: every key of a script in the task's slot), task hash. ARGV: token, lease
    /// ms, retention ms, attempts field, first-start field, last-start field, now ms, the stage, '1'
    /// when KEYS[4] is a version.
    /// Returns {'done'}, {'held', PTTL}, or {'claimed', 1 when a failed version reopened else 0}.
    static let claimAttempt = """
        if redis.call('EXISTS', KEYS[2]) == 1 then return {'done'} end
        if not redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
          if redis.call('GET', KEYS[1]) ~= ARGV[1] then return {'held', redis.call('PTTL', KEYS[1])} end
          redis.call('PEXPIRE', KEYS[1], ARGV[2])
        end
        redis.call('HINCRBY', KEYS[3], ARGV[4], 1)
        redis.call('HSETNX', KEYS[3], ARGV[5], ARGV[7])
        redis.call('HSET', KEYS[3], ARGV[6], ARGV[7])
        redis.call('PEXPIRE', KEYS[3], ARGV[3])
        if ARGV[9] ~= '1' or redis.call('HGET', KEYS[4], 'status') ~= 'failed' then return {'claimed', 0} end
        redis.call('HDEL', KEYS[4], 'failureReason')
        redis.call('HSET', KEYS[4], 'status', 'running', 'stage:' .. ARGV[8], 'running')
        redis.call('PEXPIRE', KEYS[4], ARGV[3])
        if redis.call('EXISTS', KEYS[5]) == 1 then
          redis.call('HDEL', KEYS[5], 'failureReason')
          redis.call('HSET', KEYS[5], 'status', 'running')
          redis.call('PEXPIRE', KEYS[5], ARGV[3])
        end
        return {'claimed', 1}
        """

    /// KEYS: claim, done marker, attempts hash. ARGV: token, retention ms, then the attempt's
    /// field/value pairs.
    static let markDoneAttempt = """
        redis.call('SET', KEYS[2], '1', 'PX', ARGV[2])
        if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) end
        redis.call('HSET', KEYS[3], unpack(ARGV, 3))
        return redis.call('PEXPIRE', KEYS[3], ARGV[2])
        """
}
