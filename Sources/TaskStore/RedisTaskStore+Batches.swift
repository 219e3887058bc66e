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
        return (try await client.send(["UNLINK", TaskKeys.batch(id), TaskKeys.batchTasks(id)]).integer ?? 0) > 0
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
