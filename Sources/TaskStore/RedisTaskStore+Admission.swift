import Foundation

/// Admitting a teacher's tasks and handing them to the stages, in Redis (`RedisScripts.admitTask`,
/// `RedisScripts.releaseStage`). The new task's (or batch's) keys are written first, each in its own
/// cluster slot; the teacher's bookkeeping is then counted and updated in one script of the teacher's
/// slot, given a snapshot of the statuses it counts; a refused admission removes what was written.
extension RedisTaskStore {
    package func admitTask(
        _ task: TaskRecord, teacher: String, inFlightLimit: Int, stageLimit: Int, nowMilliseconds: Int64
    ) async throws -> TaskAdmission {
        try await createTask(task)
        let snapshot = try await liveness(teacher: teacher, counting: true)
        let reply = try await client.evaluate(
            RedisScripts.admitTask, keys: Self.teacherKeys(teacher),
            arguments: [retentionMilliseconds, String(stageLimit), String(nowMilliseconds), String(inFlightLimit)] + snapshot + [task.id])
        let admission = try Self.admission(reply)
        if case .refused = admission { _ = try await client.send(["UNLINK", TaskKeys.task(task.id)]) }
        return admission
    }

    package func admitBatch(
        _ batch: BatchRecord, tasks: [TaskRecord], teacher: String, inFlightLimit: Int, stageLimit: Int, nowMilliseconds: Int64
    ) async throws -> TaskAdmission {
        let created = try await client.pipeline(
            tasks.map { client.evaluation(RedisScripts.hashSet, keys: [TaskKeys.task($0.id)], arguments: [retentionMilliseconds, ""] + Self.fields(of: $0)) })
        if let failure = created.first(where: { if case .error = $0 { true } else { false } }) {
            throw RedisError.unexpectedReply("writing a batch's task answered \(failure)")
        }
        let batchFields = Self.fields(of: batch)
        _ = try await client.evaluate(
            RedisScripts.createBatch, keys: [TaskKeys.batch(batch.id), TaskKeys.batchTasks(batch.id)],
            arguments: [retentionMilliseconds, String(batchFields.count)] + batchFields + tasks.map(\.id))
        let snapshot = try await liveness(teacher: teacher, counting: true)
        let reply = try await client.evaluate(
            RedisScripts.admitBatch, keys: Self.teacherKeys(teacher),
            arguments: [retentionMilliseconds, String(stageLimit), String(nowMilliseconds), String(inFlightLimit)] + snapshot + [batch.id]
                + tasks.map(\.id))
        let admission = try Self.admission(reply)
        if case .refused = admission {
            _ = try await client.send(["UNLINK", TaskKeys.batch(batch.id), TaskKeys.batchTasks(batch.id)])
            _ = try await client.pipeline(tasks.map { ["UNLINK", TaskKeys.task($0.id)] })
        }
        return admission
    }

    private static func teacherKeys(_ teacher: String) -> [String] {
        [TaskKeys.teacherStaged(teacher), TaskKeys.teacherHeld(teacher), TaskKeys.teacherTasks(teacher), TaskKeys.teacherBatches(teacher)]
    }

    private static func admission(_ reply: RedisValue) throws -> TaskAdmission {
        guard let parts = reply.array, let outcome = parts.first?.string else {
            throw RedisError.unexpectedReply("admission answered \(reply)")
        }
        switch outcome {
        case "full": return .refused(inFlight: Int(parts.dropFirst().first?.integer ?? 0))
        case "accepted": return .accepted(handOver: parts.dropFirst().compactMap(\.string))
        default: throw RedisError.unexpectedReply("admission answered \(reply)")
        }
    }

    package func releaseStage(teacher: String, taskID: String, stageLimit: Int, nowMilliseconds: Int64) async throws -> [String] {
        let snapshot = try await liveness(teacher: teacher, counting: false)
        let reply = try await client.evaluate(
            RedisScripts.releaseStage, keys: [TaskKeys.teacherStaged(teacher), TaskKeys.teacherHeld(teacher)],
            arguments: [retentionMilliseconds, String(stageLimit), String(nowMilliseconds), ""] + snapshot + [taskID])
        return reply.array?.compactMap(\.string) ?? []
    }

    /// The snapshot the admission scripts take (`RedisScripts.snapshot`): the pair count, then a kind
    /// and an id for each of the teacher's staged and held tasks (and, when `counting`, their newest
    /// 100 tasks and batches) that is not live. Read in a few round trips of one-key commands.
    func liveness(teacher: String, counting: Bool) async throws -> [String] {
        var lists = [
            ["ZRANGE", TaskKeys.teacherStaged(teacher), "0", "-1"], ["ZRANGE", TaskKeys.teacherHeld(teacher), "0", "-1"],
        ]
        if counting {
            lists += [["ZREVRANGE", TaskKeys.teacherTasks(teacher), "0", "99"], ["ZREVRANGE", TaskKeys.teacherBatches(teacher), "0", "99"]]
        }
        let replies = try await client.pipeline(lists).map { $0.array?.compactMap(\.string) ?? [] }
        let batches = counting ? replies[3] : []
        let batchTasks = try await client.pipeline(batches.map { ["LRANGE", TaskKeys.batchTasks($0), "0", "-1"] })
            .map { $0.array?.compactMap(\.string) ?? [] }
        var ids: [String] = []
        var seen: Set<String> = []
        let candidates: [String] = Array(replies.prefix(counting ? 3 : 2).joined()) + Array(batchTasks.joined())
        for id in candidates where seen.insert(id).inserted { ids.append(id) }
        let statuses = try await client.pipeline(ids.map { ["HGET", TaskKeys.task($0), "status"] })
        var live: Set<String> = []
        var pairs: [String] = []
        for (id, status) in zip(ids, statuses) {
            switch status.string {
            case nil: pairs += ["gone", id]
            case TaskStatus.queued.rawValue?, TaskStatus.running.rawValue?: live.insert(id)
            default: pairs += ["settled", id]
            }
        }
        for (batch, tasks) in zip(batches, batchTasks) {
            if tasks.isEmpty {
                pairs += ["batch-gone", batch]
            } else if !tasks.contains(where: live.contains) {
                pairs += ["batch-settled", batch]
            }
        }
        return [String(pairs.count / 2)] + pairs
    }
}
