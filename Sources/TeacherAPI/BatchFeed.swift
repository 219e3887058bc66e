import Foundation
import TaskStore

/// `GET /v1/batches/<id>/events`: the batch's stream (`TaskKeys.batchEvents`), where every event of its
/// students' tasks is written as the task's own is (`accepted`, `drafted`, `refined`, `version`,
/// `version_failed`, `completed`), its data wrapped as `{"number","taskId","data"}` so the client knows
/// whose it is; then, once no student's task is queued or running, the batch's own `batch_completed`
/// with the final count, which ends the stream. That event is appended once, by whichever stream (or
/// request for one) first sees the batch settled, so it is in the stream for every later reader and a
/// client resuming after it is told 204.
actor BatchFeed: EventFeed {
    static let completedType = "batch_completed"

    let batchID: String
    let store: any BatchEventLog & TaskRecordStoring
    /// Task id → the student's number, in roster order.
    private let numbers: [String: Int]
    private let taskIDs: [String]
    /// Students whose task is still queued or running, as far as this stream knows.
    private var unsettled: Set<String>

    /// `unsettled` as read when the stream was asked for (tasks past their deadline settled first).
    init(batchID: String, students: [(taskID: String, number: Int)], unsettled: Set<String>, store: any BatchEventLog & TaskRecordStoring) {
        self.batchID = batchID
        self.store = store
        numbers = Dictionary(students.map { ($0.taskID, $0.number) }) { first, _ in first }
        taskIDs = students.map(\.taskID)
        self.unsettled = unsettled
    }

    /// Whether every student's task has settled; if so the batch's `batch_completed` is in its stream.
    func settle() async throws -> Bool {
        guard unsettled.isEmpty else { return false }
        _ = try await store.appendBatchEvent(batchID: batchID, try await completion(), once: "completed")
        return true
    }

    func events(after: String?, wait: Duration) async throws -> [TaskEvent] {
        let events = try await store.waitForBatchEvents(batchID: batchID, after: after, limit: 100, timeout: wait)
        var settledNow = false
        for event in events where event.type == "completed" {
            if let task = event.taskID, unsettled.remove(task) != nil { settledNow = true }
        }
        if settledNow { _ = try await settle() }
        // The batch's end is the stream's last event; a student's event relayed after it (its second
        // write raced the last `completed`) stays in the task's own stream.
        if let end = events.firstIndex(where: { $0.type == Self.completedType && $0.taskID == nil }) {
            return Array(events[...end])
        }
        return events
    }

    nonisolated func presented(_ event: TaskEvent) -> TaskEvent {
        guard let task = event.taskID else { return event }
        let number = numbers[task].map(String.init) ?? "null"
        let data = event.data.isEmpty ? "null" : event.data
        return TaskEvent(id: event.id, type: event.type, data: "{\"number\":\(number),\"taskId\":\"\(task)\",\"data\":\(data)}")
    }

    func ends(after events: [TaskEvent], cursor: String?) async throws -> Bool {
        events.contains { $0.type == Self.completedType && $0.taskID == nil }
    }

    /// A task deleted on its own says nothing in the batch's stream: while it is quiet, the students
    /// still open are read again.
    func idle() async throws {
        let relayed = try await Self.relayedCompletions(batchID: batchID, store: store)
        for id in unsettled where try await Self.isSettled(id, relayed: relayed, store: store) { unsettled.remove(id) }
        _ = try await settle()
    }

    /// A task that is gone, or whose status is final and whose `completed` event is in the batch's
    /// stream. A task's event reaches its batch's stream in a second write after its own stream, so the
    /// batch's end waits for that copy: written before it, `batch_completed` would not be the last event.
    static func isSettled(_ taskID: String, relayed: Set<String>, store: any BatchEventLog & TaskRecordStoring) async throws -> Bool {
        guard let task = try await store.task(id: taskID) else { return true }
        guard task.status == .completed || task.status == .failed else { return false }
        return relayed.contains(taskID)
    }

    /// The tasks whose `completed` event the batch's stream holds.
    static func relayedCompletions(batchID: String, store: any BatchEventLog & TaskRecordStoring) async throws -> Set<String> {
        var relayed: Set<String> = []
        var after: String?
        while true {
            let page = try await store.batchEvents(batchID: batchID, after: after, limit: 500)
            for event in page where event.type == "completed" { if let task = event.taskID { relayed.insert(task) } }
            guard let last = page.last?.id else { return relayed }
            after = last
        }
    }

    /// `{"batchId","progress":{"total","completed","failed","deleted"}}` as the students' tasks stand.
    private func completion() async throws -> TaskEvent {
        var completed = 0, failed = 0, deleted = 0
        for id in taskIDs {
            switch try await store.task(id: id)?.status {
            case .completed: completed += 1
            case .failed: failed += 1
            case nil: deleted += 1
            case .queued, .running: break
            }
        }
        return TaskEvent(
            type: Self.completedType,
            data: "{\"batchId\":\"\(batchID)\",\"progress\":{\"total\":\(taskIDs.count),\"completed\":\(completed),\"failed\":\(failed),\"deleted\":\(deleted)}}")
    }
}
