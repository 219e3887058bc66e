import Foundation
import LambdaWire
import Logging
import Pipeline
import RecordAgents
import TaskStore
import Testing

/// Collects the alerts a stage sends.
actor RecordingAlerts: FailureAlerting {
    private(set) var alerts: [FailureAlert] = []

    func send(_ alert: FailureAlert, before deadline: ContinuousClock.Instant) async {
        alerts.append(alert)
    }
}

@Suite("Fault switch, attempts and failure alerts")
struct FaultAndAlertTests {
    static let configuration = PipelineConfiguration(
        draftQueueURL: PipelineHarness.configuration.draftQueueURL, refineQueueURL: PipelineHarness.configuration.refineQueueURL,
        finalizeQueueURL: PipelineHarness.configuration.finalizeQueueURL, maxReceiveCount: 3,
        deadLetterQueueURLs: [.refine: "http://127.0.0.1:9/000000000000/recordline-refine-dlq"])

    @Test("a switched-on fault fails every delivery; the last one marks the version failed, alerts and counts as dead-lettered")
    func faultToDeadLetter() async throws {
        let harness = try PipelineHarness()
        let alerts = RecordingAlerts()
        let refine = StageProcessor(
            stage: .refine, store: harness.store, queues: harness.queues, agent: OfflineEngine(), configuration: Self.configuration,
            logger: Logger(label: "test"), alerts: alerts)
        let task = try await harness.createTask()
        _ = await harness.processor(.draft).process(PipelineHarness.event(PipelineHarness.record(task.body)), invocationID: "d", lease: .seconds(600))
        let bodies = await harness.queues.take(PipelineHarness.configuration.refineQueueURL)
        #expect(bodies.count == 3)

        try await harness.store.setFault(stage: .refine, reason: "rehearsal", ttl: .seconds(60))
        let records = bodies.enumerated().map { PipelineHarness.record($0.element, id: "m\($0.offset)", receiveCount: 1) }
        let first = await refine.processBatch(SQSEvent(records: records), invocationID: "i1", lease: .seconds(600))
        #expect(first.response.batchItemFailures.count == 3)
        #expect(first.deadLettered == 0)
        #expect(await alerts.alerts.isEmpty)
        #expect(try await harness.store.messageFailure(messageID: "m0") == "refine failed: fault switch on: rehearsal")

        let lastRecords = bodies.enumerated().map { PipelineHarness.record($0.element, id: "m\($0.offset)", receiveCount: 3) }
        let last = await refine.processBatch(SQSEvent(records: lastRecords), invocationID: "i2", lease: .seconds(600))
        #expect(last.response.batchItemFailures.count == 3)
        #expect(last.deadLettered == 3)
        let sent = await alerts.alerts.sorted { $0.versions.first ?? 0 < $1.versions.first ?? 0 }
        #expect(sent.map(\.versions) == [[1], [2], [3]])
        #expect(sent.allSatisfy {
            $0.taskId == task.id && $0.stage == .refine && $0.deadLetterQueue == "recordline-refine-dlq" && $0.receiveCount == 3
                && $0.reason == "refine failed: fault switch on: rehearsal"
        })
        #expect(try await harness.store.task(id: task.id)?.status == .failed)
        #expect(await harness.queues.take(PipelineHarness.configuration.finalizeQueueURL).isEmpty)

        let attempts = try await harness.store.attempts(taskID: task.id)
        #expect(attempts.map { "\($0.stage.rawValue):\($0.version.map(String.init) ?? "-")" } == ["draft:-", "refine:1", "refine:2", "refine:3"])
        #expect(attempts.first?.lastOutcome == .done && attempts.first?.attempts == 1)
        #expect(attempts.dropFirst().allSatisfy { $0.attempts == 2 && $0.lastOutcome == .failed && $0.lastDurationMilliseconds != nil })

        // Cleared and redriven: the versions complete and the task with them.
        #expect(try await harness.store.clearFault(stage: .refine))
        let redriven = bodies.enumerated().map { PipelineHarness.record($0.element, id: "n\($0.offset)", receiveCount: 1) }
        let healthy = await refine.processBatch(SQSEvent(records: redriven), invocationID: "i3", lease: .seconds(600))
        #expect(healthy.response.batchItemFailures.isEmpty && healthy.deadLettered == 0)
        for body in await harness.queues.take(PipelineHarness.configuration.finalizeQueueURL) {
            _ = await harness.processor(.finalize).process(PipelineHarness.event(PipelineHarness.record(body)), invocationID: "f", lease: .seconds(600))
        }
        let completed = try #require(try await harness.store.task(id: task.id))
        #expect(completed.status == .completed)
        #expect(completed.failureReason == nil)
        for number in 1...3 {
            let version = try #require(try await harness.store.version(taskID: task.id, version: number))
            #expect(version.status == .completed && version.failureReason == nil)
        }
        // The stream said the task failed, and now says it completed.
        let outcomes = try await harness.store.events(taskID: task.id, after: nil, limit: 100).filter { $0.type == "completed" }.map(\.data)
        #expect(outcomes == [#"{"status":"failed"}"#, #"{"status":"completed"}"#])
        #expect(try await harness.store.attempts(taskID: task.id).filter { $0.stage == .refine }.allSatisfy { $0.attempts == 3 && $0.lastOutcome == .done })
    }
}
