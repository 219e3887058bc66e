import Synchronization
import TimeUnits

/// `TaskStoring` in memory, with the Redis store's semantics: the same keys (`TaskKeys`), each with
/// its TTL (the retention, a claim's lease), read against an injectable clock; every operation is one
/// atomic step under a lock, as each of the Redis store's scripts is; a deleted task's tombstone
/// refuses later writes; event ids grow as Redis stream ids do, and a reader waiting for events is
/// woken by the append itself. For tests of the pipeline and the API, which need no Redis of their own.
package final class InMemoryTaskStore: TaskStoring {
    let clock: any StoreClock
    let retention: Int64
    let maximumEventsPerTask: Int
    let maximumEventsPerBatch: Int
    let state = Mutex(MemoryState())

    package init(
        clock: any StoreClock = SystemStoreClock(), retention: Duration = TaskStoreConfiguration.defaultRetention,
        maximumEventsPerTask: Int = 1000, maximumEventsPerBatch: Int = 10_000
    ) {
        self.clock = clock
        self.retention = retention.wholeMilliseconds
        self.maximumEventsPerTask = maximumEventsPerTask
        self.maximumEventsPerBatch = maximumEventsPerBatch
    }

    /// Runs one operation on the keys at one instant, atomically, then wakes the readers waiting on
    /// the streams it appended to.
    func atomically<Result: Sendable>(_ body: (inout MemoryKeyspace) throws -> Result) throws -> Result {
        let now = clock.nowMilliseconds
        let (result, woken) = try state.withLock { state throws -> (Result, [CheckedContinuation<Void, Never>]) in
            state.keyspace.now = now
            state.keyspace.appendedStreams = []
            let result = try body(&state.keyspace)
            let woken = state.takeWaiters(on: state.keyspace.appendedStreams)
            state.keyspace.dropExpired()
            return (result, woken)
        }
        for waiter in woken { waiter.resume() }
        return result
    }

    // MARK: looking in from outside, as `KEYS`, `PTTL` and `INFO clients` do on Redis

    /// Every live key, sorted.
    package var keys: [String] {
        let now = clock.nowMilliseconds
        return state.withLock { state in
            state.keyspace.now = now
            return state.keyspace.liveKeys
        }
    }

    /// Milliseconds until `key` expires, -1 when it never does (none should), nil when there is no such key.
    package func remainingMilliseconds(ofKey key: String) -> Int64? {
        let now = clock.nowMilliseconds
        return state.withLock { state in
            state.keyspace.now = now
            return state.keyspace.remainingMilliseconds(key)
        }
    }

    /// How many readers wait for an entry in a stream.
    package var waitingReaders: Int {
        state.withLock { $0.waiters.values.reduce(0) { $0 + $1.count } }
    }

    // MARK: tasks

    package func createTask(_ task: TaskRecord) async throws {
        try atomically { keys in
            try keys.checkNotDeleted(task.id)
            Self.write(task, into: &keys, retention: retention)
        }
    }

    /// `HSET` of the task's fields over whatever the hash held (a field the record leaves nil stays).
    static func write(_ task: TaskRecord, into keys: inout MemoryKeyspace, retention: Int64) {
        var record = keys.task(task.id) ?? task
        record.status = task.status
        record.requestJSON = task.requestJSON
        record.createdAtMilliseconds = task.createdAtMilliseconds
        record.versionCount = task.versionCount
        record.failureReason = task.failureReason ?? record.failureReason
        record.owner = task.owner ?? record.owner
        record.batchID = task.batchID ?? record.batchID
        keys.set(TaskKeys.task(task.id), .task(record), lifetimeMilliseconds: retention)
    }

    package func task(id: String) async throws -> TaskRecord? {
        try atomically { $0.task(id) }
    }

    package func setTaskStatus(id: String, _ status: TaskStatus, failureReason: String?) async throws {
        try atomically { keys in
            try keys.checkNotDeleted(id)
            var record = keys.task(id) ?? TaskRecord(id: id, requestJSON: "", createdAtMilliseconds: 0, versionCount: 0)
            record.status = status
            // A task that completes (after a redrive, say) no longer has a reason to have failed.
            if let failureReason {
                record.failureReason = failureReason
            } else if status == .completed {
                record.failureReason = nil
            }
            keys.set(TaskKeys.task(id), .task(record), lifetimeMilliseconds: retention)
        }
    }

    package func deleteTask(id: String) async throws -> Bool {
        try atomically { keys in
            let all = TaskKeys.all(id, versionCount: keys.task(id)?.versionCount ?? 3)
            keys.set(TaskKeys.tombstone(id), .string("1"), lifetimeMilliseconds: retention)
            return all.reduce(false) { removed, key in keys.remove(key) || removed }
        }
    }

    // MARK: claims and done markers

    package func renewClaim(_ key: ClaimKey, token: String, lease: Duration) async throws -> Bool {
        try atomically { keys in
            keys.string(key.key) == token && keys.expire(key.key, afterMilliseconds: lease.wholeMilliseconds)
        }
    }

    package func releaseClaim(_ key: ClaimKey, token: String) async throws -> Bool {
        try atomically { keys in
            keys.string(key.key) == token && keys.remove(key.key)
        }
    }

    package func claimAttempt(_ key: ClaimKey, token: String, lease: Duration, startedAtMilliseconds: Int64) async throws -> ClaimedAttempt {
        try atomically { keys in
            try keys.checkNotDeleted(key.taskID)
            if keys.exists(key.doneKey) { return ClaimedAttempt(outcome: .alreadyDone, reopened: false) }
            if let holder = keys.string(key.key), holder != token {
                let remaining = keys.remainingMilliseconds(key.key) ?? 0
                return ClaimedAttempt(outcome: .heldByAnother(remaining: .milliseconds(max(0, remaining))), reopened: false)
            }
            keys.set(key.key, .string(token), lifetimeMilliseconds: lease.wholeMilliseconds)
            updateAttempts(of: key.taskID, in: &keys, stage: key.stage, version: key.version) { attempts in
                attempts.attempts += 1
                attempts.firstStartedAt = attempts.firstStartedAt ?? startedAtMilliseconds
                attempts.lastStartedAt = startedAtMilliseconds
            }
            return ClaimedAttempt(outcome: .claimed, reopened: reopen(key, in: &keys))
        }
    }

    /// A failed version whose stage runs again (an operator redrove its message) goes back to running
    /// with its task, without the old failure reason; true when it did.
    private func reopen(_ key: ClaimKey, in keys: inout MemoryKeyspace) -> Bool {
        guard let number = key.version, case .version(var version)? = keys.value(TaskKeys.version(key.taskID, number)),
              version.status == .failed
        else { return false }
        version.failureReason = nil
        version.status = .running
        version.stages[key.stage] = .running
        keys.set(TaskKeys.version(key.taskID, number), .version(version), lifetimeMilliseconds: retention)
        if var task = keys.task(key.taskID) {
            task.failureReason = nil
            task.status = .running
            keys.set(TaskKeys.task(key.taskID), .task(task), lifetimeMilliseconds: retention)
        }
        return true
    }

    package func markDone(_ key: ClaimKey, token: String, finishedAtMilliseconds: Int64, durationMilliseconds: Int64) async throws {
        try atomically { keys in
            try keys.checkNotDeleted(key.taskID)
            keys.set(key.doneKey, .string("1"), lifetimeMilliseconds: retention)
            if keys.string(key.key) == token { keys.remove(key.key) }
            updateAttempts(of: key.taskID, in: &keys, stage: key.stage, version: key.version) { attempts in
                attempts.lastFinishedAt = finishedAtMilliseconds
                attempts.lastDurationMilliseconds = durationMilliseconds
                attempts.lastOutcome = .done
            }
        }
    }

    package func isDone(_ key: ClaimKey) async throws -> Bool {
        try atomically { $0.exists(key.doneKey) }
    }

    // MARK: versions

    package func updateVersion(taskID: String, version: Int, _ update: VersionUpdate) async throws {
        guard update != VersionUpdate() else { return }
        try atomically { keys in
            try keys.checkNotDeleted(taskID)
            let key = TaskKeys.version(taskID, version)
            var record = if case .version(let stored)? = keys.value(key) { stored } else { VersionRecord(number: version) }
            record.apply(update)
            // A version that completes (after a redrive, say) no longer has a reason to have failed.
            if update.status == .completed && update.failureReason == nil { record.failureReason = nil }
            keys.set(key, .version(record), lifetimeMilliseconds: retention)
        }
    }

    package func initializeVersion(taskID: String, version: Int, _ update: VersionUpdate) async throws {
        guard update != VersionUpdate() else { return }
        try atomically { keys in
            try keys.checkNotDeleted(taskID)
            let key = TaskKeys.version(taskID, version)
            guard !keys.exists(key) else { return }
            var record = VersionRecord(number: version)
            record.apply(update)
            keys.set(key, .version(record), lifetimeMilliseconds: retention)
        }
    }

    package func version(taskID: String, version: Int) async throws -> VersionRecord? {
        try atomically { keys in
            if case .version(let stored)? = keys.value(TaskKeys.version(taskID, version)) { stored } else { nil }
        }
    }

    package func settleVersion(taskID: String, version: Int) async throws -> Int {
        try atomically { keys in
            try keys.checkNotDeleted(taskID)
            let key = TaskKeys.settledVersions(taskID)
            var members = if case .members(let stored)? = keys.value(key) { stored } else { Set<String>() }
            members.insert(String(version))
            keys.set(key, .members(members), lifetimeMilliseconds: retention)
            return members.count
        }
    }

    // MARK: attempts

    /// Changes one unit's attempts (`task:<id>:attempts`) and refreshes the hash's TTL.
    func updateAttempts(
        of taskID: String, in keys: inout MemoryKeyspace, stage: PipelineStage, version: Int?, _ change: (inout StageAttempts) -> Void
    ) {
        let key = TaskKeys.attempts(taskID)
        var units = if case .attempts(let stored)? = keys.value(key) { stored } else { [String: StageAttempts]() }
        let unit = AttemptField(stage: stage, version: version).unit
        var attempts = units[unit] ?? StageAttempts(stage: stage, version: version, attempts: 0)
        change(&attempts)
        units[unit] = attempts
        keys.set(key, .attempts(units), lifetimeMilliseconds: retention)
    }
}
