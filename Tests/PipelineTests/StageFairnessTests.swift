import Foundation
import Pipeline
import TaskStore
import TestSupport
import Testing

@Suite("Fairness between teachers in the stages")
struct StageFairnessTests {
    @Test("a teacher's held task goes to the draft queue when one of theirs settles")
    func heldTaskReleasedOnSettlement() async throws {
        let harness = try PipelineHarness()
        let request = TaskRequest(section: "subject", subject: "과학", activities: PipelineHarness.notes).encoded()
        let limit = PipelineHarness.configuration.fairness.tasksPerTeacher
        var handedOver: [String] = []
        var ids: [String] = []
        for index in 0...limit {
            let id = TaskID.generate()
            ids.append(id)
            guard case .accepted(let now) = try await harness.store.admitTask(
                TaskRecord(id: id, requestJSON: request, createdAtMilliseconds: Int64(index), owner: "a"), teacher: "a", inFlightLimit: 20,
                stageLimit: limit, nowMilliseconds: Int64(index))
            else { Issue.record("refused"); return }
            handedOver += now
        }
        #expect(handedOver == Array(ids.prefix(limit)))
        try await harness.runToCompletion(StageMessage(stage: .draft, taskId: ids[0]).encoded())
        #expect(try await harness.store.task(id: ids[0])?.status == .completed)
        #expect(await harness.queues.take(PipelineHarness.configuration.draftQueueURL) == [StageMessage(stage: .draft, taskId: ids[limit]).encoded()])
    }

    @Test("a hand-over the queue refuses does not fail the settlement: the held task's delayed message brings it")
    func failedHandOverIsNotThrown() async throws {
        let harness = try PipelineHarness()
        for (index, id) in ["x0", "x1"].enumerated() {
            _ = try await harness.store.admitTask(
                TaskRecord(id: id, requestJSON: "{}", createdAtMilliseconds: Int64(index), owner: "a"), teacher: "a", inFlightLimit: 20,
                stageLimit: 1, nowMilliseconds: Int64(index))
        }
        try await harness.store.setTaskStatus(id: "x0", .completed, failureReason: nil)
        await harness.queues.failOnce()
        try await harness.handOver.release(teacher: "a", taskID: "x0")
        #expect(await harness.queues.take(PipelineHarness.configuration.draftQueueURL).isEmpty)
    }

    @Test("the limits come from the environment, the held bound within SQS's longest delay")
    func environment() throws {
        #expect(try StageFairness.fromEnvironment([:]) == StageFairness(tasksPerTeacher: 3, heldTaskBound: .seconds(300)))
        #expect(try StageFairness.fromEnvironment(["RECORDLINE_MAX_TASKS_IN_STAGES": "5", "RECORDLINE_HELD_TASK_SECONDS": "60"])
            == StageFairness(tasksPerTeacher: 5, heldTaskBound: .seconds(60)))
        #expect(throws: PipelineError.self) { try StageFairness.fromEnvironment(["RECORDLINE_MAX_TASKS_IN_STAGES": "0"]) }
        #expect(throws: PipelineError.self) { try StageFairness.fromEnvironment(["RECORDLINE_HELD_TASK_SECONDS": "901"]) }
    }
}
