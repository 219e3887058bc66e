import Foundation

/// Batches and a teacher's history, in Redis.
extension RedisTaskStore {
    /// The batch hash as field/value pairs (its tasks are a list of their own).
    static func fields(of batch: BatchRecord) -> [String] {
        ["owner", batch.owner, "createdAt", String(batch.createdAtMilliseconds), "roster", batch.rosterJSON]
    }

    package func batch(id: String) async throws -> BatchRecord? {
        let fields = try await hashGetAll(TaskKeys.batch(id))
        guard let owner = fields["owner"] else { return nil }
        let ids = try await client.send(["LRANGE", TaskKeys.batchTasks(id), "0", "-1"]).array?.compactMap(\.string) ?? []
        return BatchRecord(
            id: id, owner: owner, createdAtMilliseconds: fields["createdAt"].flatMap { Int64($0) } ?? 0, rosterJSON: fields["roster"] ?? "",
            taskIDs: ids)
    }

    package func deleteBatch(id: String, teacher: String) async throws -> Bool {
        _ = try await client.send(["ZREM", TaskKeys.teacherBatches(teacher), id])
        let keys = [TaskKeys.batch(id), TaskKeys.batchTasks(id), TaskKeys.batchEvents(id), TaskKeys.batchEventMarker(id, once: "completed")]
        return (try await client.send(["UNLINK"] + keys).integer ?? 0) > 0
    }

    package func work(_ kind: WorkKind, teacher: String, after cursor: WorkPage.Cursor?, limit: Int, nowMilliseconds: Int64) async throws
        -> WorkPage
    {
        let key = switch kind {
        case .tasks: TaskKeys.teacherTasks(teacher)
        case .batches: TaskKeys.teacherBatches(teacher)
        }
        let hashKey: (String) -> String = switch kind {
        case .tasks: { TaskKeys.task($0) }
        case .batches: { TaskKeys.batch($0) }
        }
        // Entries older than the retention have no data left.
        let oldest = nowMilliseconds - Self.milliseconds(configuration.retention)
        _ = try await client.send(["ZREMRANGEBYSCORE", key, "-inf", "(\(oldest)"])
        // Newest first from the cursor; entries at the cursor's time that sort at or after its id were
        // on earlier pages (same-time members come in reverse order). Entries whose hash is gone are
        // removed once the pages are read, so paging stays in step.
        let wanted = max(1, limit) + 1
        let top = cursor.map { String($0.createdAtMilliseconds) } ?? "+inf"
        var entries: [WorkPage.Entry] = []
        var gone: [String] = []
        var offset = 0
        while entries.count < wanted {
            let page = try await client.send(["ZREVRANGEBYSCORE", key, top, "-inf", "WITHSCORES", "LIMIT", String(offset), "100"])
                .array?.compactMap(\.string) ?? []
            if page.isEmpty { break }
            var candidates: [(id: String, score: String)] = []
            for index in stride(from: 0, to: page.count - 1, by: 2) {
                let (id, score) = (page[index], page[index + 1])
                if let cursor, score == top, id >= cursor.id { continue }
                candidates.append((id, score))
            }
            let exists = try await client.pipeline(candidates.map { ["EXISTS", hashKey($0.id)] })
            for (candidate, found) in zip(candidates, exists) {
                if found.integer != 1 {
                    gone.append(candidate.id)
                } else if entries.count < wanted {
                    entries.append(WorkPage.Entry(id: candidate.id, createdAtMilliseconds: Int64(Double(candidate.score) ?? 0)))
                }
            }
            offset += 100
        }
        if !gone.isEmpty { _ = try await client.send(["ZREM", key] + gone) }
        guard entries.count > max(1, limit) else { return WorkPage(entries: entries, next: nil) }
        entries.removeLast()
        let last = entries[entries.count - 1]
        return WorkPage(entries: entries, next: WorkPage.Cursor(createdAtMilliseconds: last.createdAtMilliseconds, id: last.id))
    }
}

/// A batch's event stream (`TaskKeys.batchEvents`): its students' events as the append scripts relay
/// them, each naming its task, and the batch's own.
extension RedisTaskStore {
    package func appendBatchEvent(batchID: String, _ event: TaskEvent, once: String) async throws -> String? {
        let reply = try await client.evaluate(
            RedisScripts.appendBatchOnce,
            keys: [TaskKeys.batchEvents(batchID), TaskKeys.batchEventMarker(batchID, once: once), TaskKeys.batch(batchID)],
            arguments: [retentionMilliseconds, String(configuration.maximumEventsPerBatch), event.type, event.data])
        return reply.string
    }

    package func batchEvents(batchID: String, after afterID: String?, limit: Int) async throws -> [TaskEvent] {
        guard afterID != "\(UInt64.max)-\(UInt64.max)" else { return [] }
        let start = afterID.map { "(" + $0 } ?? "-"
        return try Self.events(fromEntries: try await client.send(["XRANGE", TaskKeys.batchEvents(batchID), start, "+", "COUNT", String(limit)]))
    }

    package func waitForBatchEvents(batchID: String, after afterID: String?, limit: Int, timeout: Duration) async throws -> [TaskEvent] {
        let reply = try await client.send(
            ["XREAD", "COUNT", String(limit), "BLOCK", String(max(1, Self.milliseconds(timeout))), "STREAMS", TaskKeys.batchEvents(batchID), afterID ?? "0-0"],
            extraWait: timeout)
        guard case .array(let streams) = reply, let stream = streams.first?.array, stream.count == 2 else { return [] }
        return try Self.events(fromEntries: stream[1])
    }

    package func lastBatchEventID(batchID: String) async throws -> String? {
        try await client.send(["XREVRANGE", TaskKeys.batchEvents(batchID), "+", "-", "COUNT", "1"]).array?.first?.array?.first?.string
    }
}
