import Foundation

/// Admitting a teacher's tasks and handing them to the stages, in Redis (`RedisScripts.admitTask`,
/// `RedisScripts.releaseStage`).
extension RedisTaskStore {
    public func admitTask(
        _ task: TaskRecord, teacher: String, inFlightLimit: Int, stageLimit: Int, nowMilliseconds: Int64
    ) async throws -> TaskAdmission {
        let reply = try await client.evaluate(
            RedisScripts.admitTask,
            keys: [
                TaskKeys.teacherStaged(teacher), TaskKeys.teacherHeld(teacher), TaskKeys.teacherTasks(teacher), TaskKeys.teacherBatches(teacher),
                TaskKeys.task(task.id),
            ],
            arguments: [
                retentionMilliseconds, String(stageLimit), String(nowMilliseconds), TaskKeys.taskPrefix, String(inFlightLimit),
                TaskKeys.batchPrefix, task.id,
            ] + Self.fields(of: task))
        return try Self.admission(reply)
    }

    public func admitBatch(
        _ batch: BatchRecord, tasks: [TaskRecord], teacher: String, inFlightLimit: Int, stageLimit: Int, nowMilliseconds: Int64
    ) async throws -> TaskAdmission {
        let batchFields = Self.fields(of: batch)
        var arguments = [
            retentionMilliseconds, String(stageLimit), String(nowMilliseconds), TaskKeys.taskPrefix, String(inFlightLimit),
            TaskKeys.batchPrefix, batch.id, String(batchFields.count),
        ] + batchFields
        for task in tasks {
            let fields = Self.fields(of: task)
            arguments += [task.id, String(fields.count)] + fields
        }
        let reply = try await client.evaluate(
            RedisScripts.admitBatch,
            keys: [
                TaskKeys.teacherStaged(teacher), TaskKeys.teacherHeld(teacher), TaskKeys.teacherTasks(teacher), TaskKeys.teacherBatches(teacher),
                TaskKeys.batch(batch.id), TaskKeys.batchTasks(batch.id),
            ],
            arguments: arguments)
        return try Self.admission(reply)
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

    public func releaseStage(teacher: String, taskID: String, stageLimit: Int, nowMilliseconds: Int64) async throws -> [String] {
        let reply = try await client.evaluate(
            RedisScripts.releaseStage, keys: [TaskKeys.teacherStaged(teacher), TaskKeys.teacherHeld(teacher)],
            arguments: [retentionMilliseconds, String(stageLimit), String(nowMilliseconds), TaskKeys.taskPrefix, taskID])
        return reply.array?.compactMap(\.string) ?? []
    }
}
