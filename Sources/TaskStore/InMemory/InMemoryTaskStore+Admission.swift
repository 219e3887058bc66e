import TimeUnits

/// Admitting a teacher's tasks and handing them to the stages (`RedisScripts.admitTask`,
/// `RedisScripts.admitBatch`, `RedisScripts.releaseStage`), the teacher's history, and stream
/// leases. Each runs as one atomic step over the same keys as in Redis.
extension InMemoryTaskStore {
    package func admitTask(_ task: TaskRecord, teacher: String, inFlightLimit: Int, stageLimit: Int, nowMilliseconds: Int64) async throws
        -> TaskAdmission
    {
        try atomically { keys in
            try keys.checkNotDeleted(task.id)
            Self.write(task, into: &keys, retention: retention)
            let admission = TeacherAdmission(teacher: teacher, keys: keys, counting: true)
            let count = admission.inFlight(in: &keys)
            guard count < inFlightLimit else {
                keys.remove(TaskKeys.task(task.id))
                return .refused(inFlight: count)
            }
            let now = Double(nowMilliseconds)
            keys.addScore(TaskKeys.teacherTasks(teacher), member: task.id, score: now)
            keys.expire(TaskKeys.teacherTasks(teacher), afterMilliseconds: retention)
            keys.addScore(TaskKeys.teacherHeld(teacher), member: task.id, score: now)
            return .accepted(handOver: admission.releaseHeld(in: &keys, stageLimit: stageLimit, now: now, retention: retention))
        }
    }

    package func admitBatch(
        _ batch: BatchRecord, tasks: [TaskRecord], teacher: String, inFlightLimit: Int, stageLimit: Int, nowMilliseconds: Int64
    ) async throws -> TaskAdmission {
        try atomically { keys in
            for task in tasks { Self.write(task, into: &keys, retention: retention) }
            var record = batch
            record.taskIDs = tasks.map(\.id)
            keys.set(TaskKeys.batch(batch.id), .batch(record), lifetimeMilliseconds: retention)
            let admission = TeacherAdmission(teacher: teacher, keys: keys, counting: true)
            let count = admission.inFlight(in: &keys)
            guard count < inFlightLimit else {
                keys.remove(TaskKeys.batch(batch.id))
                for task in tasks { keys.remove(TaskKeys.task(task.id)) }
                return .refused(inFlight: count)
            }
            // The roster's order within one millisecond, as the Redis script scores it.
            for (position, task) in tasks.enumerated() {
                let fraction = String(position)
                let score = Double("\(nowMilliseconds)." + String(repeating: "0", count: max(0, 3 - fraction.count)) + fraction) ?? 0
                keys.addScore(TaskKeys.teacherHeld(teacher), member: task.id, score: score)
            }
            keys.addScore(TaskKeys.teacherBatches(teacher), member: batch.id, score: Double(nowMilliseconds))
            keys.expire(TaskKeys.teacherBatches(teacher), afterMilliseconds: retention)
            return .accepted(
                handOver: admission.releaseHeld(in: &keys, stageLimit: stageLimit, now: Double(nowMilliseconds), retention: retention))
        }
    }

    package func releaseStage(teacher: String, taskID: String, stageLimit: Int, nowMilliseconds: Int64) async throws -> [String] {
        try atomically { keys in
            let admission = TeacherAdmission(teacher: teacher, keys: keys, counting: false)
            keys.removeScore(TaskKeys.teacherStaged(teacher), member: taskID)
            keys.removeScore(TaskKeys.teacherHeld(teacher), member: taskID)
            return admission.releaseHeld(in: &keys, stageLimit: stageLimit, now: Double(nowMilliseconds), retention: retention)
        }
    }

    // MARK: batches and history

    package func batch(id: String) async throws -> BatchRecord? {
        try atomically { $0.batch(id) }
    }

    package func deleteBatch(id: String, teacher: String) async throws -> Bool {
        try atomically { keys in
            keys.removeScore(TaskKeys.teacherBatches(teacher), member: id)
            return [TaskKeys.batch(id), TaskKeys.batchEvents(id), TaskKeys.batchEventMarker(id, once: "completed")]
                .reduce(false) { removed, key in keys.remove(key) || removed }
        }
    }

    package func work(_ kind: WorkKind, teacher: String, after cursor: WorkPage.Cursor?, limit: Int, nowMilliseconds: Int64) async throws
        -> WorkPage
    {
        try atomically { keys in
            let key = switch kind {
            case .tasks: TaskKeys.teacherTasks(teacher)
            case .batches: TaskKeys.teacherBatches(teacher)
            }
            let exists: (String) -> Bool = switch kind {
            case .tasks: { [keys] in keys.task($0) != nil }
            case .batches: { [keys] in keys.batch($0) != nil }
            }
            // Entries older than the retention have no data left.
            let oldest = Double(nowMilliseconds - retention)
            for (member, score) in keys.ascending(key) where score < oldest { keys.removeScore(key, member: member) }
            // Newest first from the cursor; same-time entries that sort at or after its id were on earlier pages.
            let wanted = max(1, limit) + 1
            var entries: [WorkPage.Entry] = []
            var gone: [String] = []
            for (member, score) in keys.descending(key) {
                guard entries.count < wanted else { break }
                if let cursor {
                    if score > Double(cursor.createdAtMilliseconds) { continue }
                    if Int64(score) == cursor.createdAtMilliseconds && member >= cursor.id { continue }
                }
                if exists(member) {
                    entries.append(WorkPage.Entry(id: member, createdAtMilliseconds: Int64(score)))
                } else {
                    gone.append(member)
                }
            }
            for member in gone { keys.removeScore(key, member: member) }
            guard entries.count > max(1, limit) else { return WorkPage(entries: entries, next: nil) }
            entries.removeLast()
            let last = entries[entries.count - 1]
            return WorkPage(entries: entries, next: WorkPage.Cursor(createdAtMilliseconds: last.createdAtMilliseconds, id: last.id))
        }
    }

    // MARK: stream leases

    package func acquireStream(teacher: String, lease: String, lifetime: Duration, perTeacher: Int, total: Int, nowMilliseconds: Int64)
        async throws -> StreamAdmission
    {
        try atomically { keys in
            let lifetime = (lifetime + Self.leaseMargin).wholeMilliseconds
            let teacherKey = TaskKeys.teacherStreams(teacher)
            if let wait = Self.acquireLease(in: teacherKey, lease: lease, limit: perTeacher, lifetime: lifetime, now: nowMilliseconds, keys: &keys) {
                return .refused(.teacher, retryAfter: wait)
            }
            if let wait = Self.acquireLease(in: TaskKeys.streams, lease: lease, limit: total, lifetime: lifetime, now: nowMilliseconds, keys: &keys) {
                keys.removeScore(teacherKey, member: lease)
                return .refused(.total, retryAfter: wait)
            }
            return .acquired
        }
    }

    /// Takes a place in one lease set (`RedisScripts.acquireStream`); nil when taken, else how soon one frees up.
    private static func acquireLease(
        in key: String, lease: String, limit: Int, lifetime: Int64, now: Int64, keys: inout MemoryKeyspace
    ) -> Duration? {
        for (member, expiry) in keys.ascending(key) where expiry <= Double(now) { keys.removeScore(key, member: member) }
        let leases = keys.ascending(key)
        guard leases.count < limit else {
            let firstExpiry = leases.first.map { Int64($0.score) } ?? now + lifetime
            return .milliseconds(max(0, firstExpiry - now))
        }
        keys.addScore(key, member: lease, score: Double(now + lifetime))
        keys.expire(key, afterMilliseconds: lifetime)
        return nil
    }

    package func releaseStream(teacher: String, lease: String) async throws {
        try atomically { keys in
            keys.removeScore(TaskKeys.teacherStreams(teacher), member: lease)
            keys.removeScore(TaskKeys.streams, member: lease)
        }
    }
}
