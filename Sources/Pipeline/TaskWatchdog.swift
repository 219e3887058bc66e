import Foundation
import Logging
import TaskStore
import TimeUnits

/// Settles a task that is still queued or running past `bound` after it was accepted: whatever held it
/// up (a message lost or dropped, a stage that never answered), its unsettled versions are marked
/// failed with the reason and the task ends, so its stream completes and it no longer counts against
/// the teacher's tasks in flight. The api function runs it on every task it reads and on the
/// teacher's recent tasks when they are at their limit, so no stuck task goes unnoticed by the
/// teacher who waits for it. The bound must exceed the slowest legitimate path (every stage's
/// deliveries times the queues' visibility timeout); a version that completes later (after a
/// redrive) still completes the task.
package struct TaskWatchdog: Sendable {
    let store: any TaskRecordStoring & VersionStoring & TaskEventLog
    package let bound: Duration
    let handOver: StageHandOver
    let logger: Logger

    package init(store: any TaskRecordStoring & VersionStoring & TaskEventLog, bound: Duration, handOver: StageHandOver, logger: Logger) {
        self.store = store
        self.handOver = handOver
        self.bound = bound
        self.logger = logger
    }

    /// The task as it stands after the check: settled if it ran past the bound.
    package func check(_ task: TaskRecord, nowMilliseconds: Int64 = Date().millisecondsSince1970) async throws -> TaskRecord {
        guard task.status == .queued || task.status == .running,
              nowMilliseconds - task.createdAtMilliseconds > bound.wholeMilliseconds
        else { return task }
        let reason = "시간 초과: \(bound.components.seconds)초 안에 끝나지 않음"
        let settlement = TaskSettlement(store: store, handOver: handOver)
        let versionCount = max(task.versionCount, 1)
        var failed: [Int] = []
        for number in 1...versionCount {
            let record = try await store.version(taskID: task.id, version: number)
            if let record, record.status == .completed || record.status == .failed {
                // Settled already; settling again is a no-op unless it was the one that never ended the task.
                try await settlement.settle(taskID: task.id, version: number, versionCount: versionCount)
                continue
            }
            // The stage the version was waiting for: the first one it has not done.
            let stage = PipelineStage.allCases.first { record?.stages[$0] != .done } ?? .finalize
            try await settlement.fail(taskID: task.id, version: number, stage: stage, reason: reason, versionCount: versionCount)
            failed.append(number)
        }
        logger.error("task ran past its bound; its unsettled versions are marked failed", metadata: [
            "alert": "task_overdue", "taskId": "\(task.id)", "versions": "\(failed.map(String.init).joined(separator: ","))",
            "boundSeconds": "\(bound.components.seconds)",
        ])
        return try await store.task(id: task.id) ?? task
    }
}
