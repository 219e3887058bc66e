import Foundation

/// Batches and a teacher's history, in Redis (`RedisScripts.admitBatch`, `RedisScripts.work`).
extension RedisTaskStore {
    /// The batch hash as field/value pairs (its tasks are a list of their own).
    static func fields(of batch: BatchRecord) -> [String] {
        ["owner", batch.owner, "createdAt", String(batch.createdAtMilliseconds), "roster", batch.rosterJSON]
    }

    public func batch(id: String) async throws -> BatchRecord? {
        let fields = try await hashGetAll(TaskKeys.batch(id))
        guard let owner = fields["owner"] else { return nil }
        let ids = try await client.send(["LRANGE", TaskKeys.batchTasks(id), "0", "-1"]).array?.compactMap(\.string) ?? []
        return BatchRecord(
            id: id, owner: owner, createdAtMilliseconds: fields["createdAt"].flatMap { Int64($0) } ?? 0, rosterJSON: fields["roster"] ?? "",
            taskIDs: ids)
    }

    public func deleteBatch(id: String, teacher: String) async throws -> Bool {
        _ = try await client.send(["ZREM", TaskKeys.teacherBatches(teacher), id])
        let keys = [TaskKeys.batch(id), TaskKeys.batchTasks(id), TaskKeys.batchEvents(id), TaskKeys.batchEventMarker(id, once: "completed")]
        return (try await client.send(["UNLINK"] + keys).integer ?? 0) > 0
    }

    public func work(_ kind: WorkKind, teacher: String, after cursor: WorkPage.Cursor?, limit: Int, nowMilliseconds: Int64) async throws
        -> WorkPage
    {
        let (key, prefix) = switch kind {
        case .tasks: (TaskKeys.teacherTasks(teacher), TaskKeys.taskPrefix)
        case .batches: (TaskKeys.teacherBatches(teacher), TaskKeys.batchPrefix)
        }
        let oldest = nowMilliseconds - Self.milliseconds(configuration.retention)
        let reply = try await client.evaluate(
            RedisScripts.work, keys: [key],
            arguments: [
                String(oldest), prefix, String(max(1, limit)), cursor.map { String($0.createdAtMilliseconds) } ?? "+inf", cursor?.id ?? "",
            ])
        let items = reply.array?.compactMap(\.string) ?? []
        var entries: [WorkPage.Entry] = []
        for index in stride(from: 0, to: items.count - 1, by: 2) {
            entries.append(WorkPage.Entry(id: items[index], createdAtMilliseconds: Int64(Double(items[index + 1]) ?? 0)))
        }
        guard entries.count > max(1, limit) else { return WorkPage(entries: entries, next: nil) }
        entries.removeLast()
        let last = entries[entries.count - 1]
        return WorkPage(entries: entries, next: WorkPage.Cursor(createdAtMilliseconds: last.createdAtMilliseconds, id: last.id))
    }
}

/// A batch's event stream (`TaskKeys.batchEvents`): its students' events as the append scripts relay
/// them, each naming its task, and the batch's own.
extension RedisTaskStore {
    public func appendBatchEvent(batchID: String, _ event: TaskEvent, once: String) async throws -> String? {
        let reply = try await client.evaluate(
            RedisScripts.appendBatchOnce,
            keys: [TaskKeys.batchEvents(batchID), TaskKeys.batchEventMarker(batchID, once: once), TaskKeys.batch(batchID)],
            arguments: [retentionMilliseconds, String(configuration.maximumEventsPerBatch), event.type, event.data])
        return reply.string
    }

    public func batchEvents(batchID: String, after afterID: String?, limit: Int) async throws -> [TaskEvent] {
        guard afterID != "\(UInt64.max)-\(UInt64.max)" else { return [] }
        let start = afterID.map { "(" + $0 } ?? "-"
        return try Self.events(fromEntries: try await client.send(["XRANGE", TaskKeys.batchEvents(batchID), start, "+", "COUNT", String(limit)]))
    }

    public func waitForBatchEvents(batchID: String, after afterID: String?, limit: Int, timeout: Duration) async throws -> [TaskEvent] {
        let reply = try await client.send(
            ["XREAD", "COUNT", String(limit), "BLOCK", String(max(1, Self.milliseconds(timeout))), "STREAMS", TaskKeys.batchEvents(batchID), afterID ?? "0-0"],
            extraWait: timeout)
        guard case .array(let streams) = reply, let stream = streams.first?.array, stream.count == 2 else { return [] }
        return try Self.events(fromEntries: stream[1])
    }

    public func lastBatchEventID(batchID: String) async throws -> String? {
        try await client.send(["XREVRANGE", TaskKeys.batchEvents(batchID), "+", "-", "COUNT", "1"]).array?.first?.array?.first?.string
    }
}
