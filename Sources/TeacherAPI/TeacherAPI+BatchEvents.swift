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
        // A settled batch whose end the client has already read: 204 tells EventSource to stop
        // reconnecting. A student's event reaches the batch's stream in a second write, so one of a
        // version finished beside the last may land after `batch_completed`; the stream ends there for
        // every reader, and a client resuming after it has seen the end.
        if try await feed.settle(), try await !Self.completionFollows(lastEventID, batchID: batchID, store: store) {
            return .response(HTTPAPIResponse(statusCode: 204, headers: ["cache-control": "no-store"]))
        }
        let lease = try await streamLease(teacher: teacher)
        return .events(EventStream(
            feed: feed, lastEventID: lastEventID, heartbeat: limits.heartbeat, lifetime: limits.streamLifetime, lease: lease))
    }

    /// Whether the batch's `batch_completed` is still ahead of `lastEventID` (or of the start).
    static func completionFollows(_ lastEventID: String?, batchID: String, store: any BatchEventLog) async throws -> Bool {
        var after = lastEventID
        while true {
            let page = try await store.batchEvents(batchID: batchID, after: after, limit: 500)
            if page.contains(where: { $0.type == BatchFeed.completedType && $0.taskID == nil }) { return true }
            guard let last = page.last?.id else { return false }
            after = last
        }
    }
}
