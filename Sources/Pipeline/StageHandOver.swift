import Foundation
import Logging
import TaskStore
import TimeUnits

/// Hands a teacher's tasks to the draft queue as `StageFairness` allows: the ones the store gave a
/// place in the stages at once, a held one with the fallback delay, and, when one of theirs settles,
/// the held ones its place goes to.
package struct StageHandOver: Sendable {
    let store: any AdmissionStoring
    let queues: any QueueSending
    let draftQueueURL: String
    package let fairness: StageFairness
    let logger: Logger

    package init(store: any AdmissionStoring, queues: any QueueSending, draftQueueURL: String, fairness: StageFairness, logger: Logger) {
        self.logger = logger
        self.store = store
        self.queues = queues
        self.draftQueueURL = draftQueueURL
        self.fairness = fairness
    }

    /// Sends the draft messages of tasks that have a place in the stages now.
    package func send(_ taskIDs: [String]) async throws {
        guard !taskIDs.isEmpty else { return }
        try await queues.send(taskIDs.map { StageMessage(stage: .draft, taskId: $0).encoded() }, to: draftQueueURL)
    }

    /// Sends held tasks' draft messages delayed by the bound: the draft claim absorbs one when the
    /// release sent the task earlier, and it starts the task when no release came.
    package func sendHeld(_ taskIDs: [String]) async throws {
        guard !taskIDs.isEmpty else { return }
        try await queues.send(
            taskIDs.map { StageMessage(stage: .draft, taskId: $0).encoded() }, to: draftQueueURL, delay: fairness.heldTaskBound)
    }

    /// The teacher's task settled or was deleted: its place goes to their oldest held tasks. A send
    /// that fails is logged, not thrown: the store has already given the places away, so repeating the
    /// caller's work would not send them again, and the held tasks' delayed messages bring them to the
    /// stages within the bound anyway.
    package func release(teacher: String, taskID: String) async throws {
        let released = try await store.releaseStage(
            teacher: teacher, taskID: taskID, stageLimit: fairness.tasksPerTeacher,
            nowMilliseconds: Date().millisecondsSince1970)
        do {
            try await send(released)
        } catch {
            logger.warning("held tasks not handed to the draft queue; their delayed messages bring them", metadata: [
                "taskIds": "\(released.joined(separator: ","))", "boundSeconds": "\(fairness.heldTaskBound.components.seconds)",
                "error": "\(error)",
            ])
        }
    }
}
