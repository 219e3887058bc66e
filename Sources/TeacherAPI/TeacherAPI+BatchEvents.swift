import Foundation
import LambdaWire
import TaskStore
import TeacherAuth

/// `GET /v1/batches/<id>/events`: the whole class's progress as Server-Sent Events (`BatchFeed`),
/// resumable with Last-Event-ID, under the same stream leases, limits and lifetime as a task's stream.
extension TeacherAPI {
    func batchEvents(_ batch: OwnedBatch, teacher: Teacher, lastEventID: String?) async throws -> APIResult {
        let batchID = batch.record.id
        if let lastEventID {
            guard let resumed = StreamID(lastEventID) else {
                throw APIError.invalid(
                    "Last-Event-ID",
                    "Last-Event-ID must be an event id <milliseconds>-<sequence>, each at most \(UInt64.max), such as 1700000000000-0")
            }
            let last = try await store.lastBatchEventID(batchID: batchID)
            guard let last, let newest = StreamID(last), resumed <= newest else {
                throw APIError.invalid(
                    "Last-Event-ID", "Last-Event-ID \(lastEventID) is past the batch's last event (\(last ?? "none")); reconnect without it")
            }
        }
        // Which students are still open, a task past its deadline settled first (as reading the batch does).
        var unsettled: Set<String> = []
        let relayed = try await BatchFeed.relayedCompletions(batchID: batchID, store: store)
        for student in batch.roster.students {
            if let task = try await store.task(id: student.taskId), task.status == .queued || task.status == .running {
                _ = try await watchdog.check(task)
            }
            if try await !BatchFeed.isSettled(student.taskId, relayed: relayed, store: store) { unsettled.insert(student.taskId) }
        }
        let feed = BatchFeed(
            batchID: batchID, students: batch.roster.students.map { ($0.taskId, $0.number) }, unsettled: unsettled, store: store)
        // A settled batch with nothing left to send: 204 tells EventSource to stop reconnecting.
        if try await feed.settle(), try await store.batchEvents(batchID: batchID, after: lastEventID, limit: 1).isEmpty {
            return .response(HTTPAPIResponse(statusCode: 204, headers: ["cache-control": "no-store"]))
        }
        let lease = try await streamLease(teacher: teacher)
        return .events(EventStream(
            feed: feed, lastEventID: lastEventID, heartbeat: limits.heartbeat, lifetime: limits.streamLifetime, lease: lease))
    }
}
