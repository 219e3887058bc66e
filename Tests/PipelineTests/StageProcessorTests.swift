import Foundation
import LambdaWire
import Pipeline
import RecordAgents
import TaskStore
import TestSupport
import Testing

@Suite("Pipeline stages")
struct StageProcessorTests {
    /// End to end on Redis too: the stages' claims, versions and events as the Redis store keeps them.
    @Test(arguments: TestStoreKind.allCases)
    func aTaskRunsThroughAllThreeStages(_ kind: TestStoreKind) async throws {
        let harness = try PipelineHarness(store: kind)
        let task = try await harness.createTask()
        try await harness.runToCompletion(task.body)

        let record = try #require(try await harness.store.task(id: task.id))
        #expect(record.status == .completed)
        for number in 1...3 {
            let version = try #require(try await harness.store.version(taskID: task.id, version: number))
            #expect(version.status == .completed)
            #expect(version.stages == [.draft: .done, .refine: .done, .finalize: .done])
            #expect(version.producers == [.draft: "offline", .refine: "offline", .finalize: "offline"])
            let text = try #require(version.text)
            #expect(text.hasSuffix("."))
            #expect((version.bytes ?? .max) <= 1500)
            let report = try JSONDecoder().decode(RuleReportProbe.self, from: Data(try #require(version.reportJSON).utf8))
            #expect(report.passes)
        }
        let events = try await harness.store.events(taskID: task.id, after: nil, limit: 100).map(\.type)
        #expect(events.filter { $0 == "drafted" }.count == 3)
        #expect(events.filter { $0 == "refined" }.count == 3)
        #expect(events.filter { $0 == "version" }.count == 3)
        #expect(events.last == "completed")
        #expect(try await harness.store.usage(taskID: task.id).isEmpty)
        // Student text is kept only for the retention: nothing the stages wrote lives forever.
        if let memory = harness.stored.memory {
            #expect(!memory.keys.isEmpty)
            for key in memory.keys { #expect((memory.remainingMilliseconds(ofKey: key) ?? -2) > 0, "\(key)") }
        }
    }

    @Test func redeliveredMessagesAreAcknowledgedWithoutSideEffects() async throws {
        let harness = try PipelineHarness()
        let task = try await harness.createTask()
        let draft = harness.processor(.draft)
        let first = await draft.process(PipelineHarness.event(PipelineHarness.record(task.body)), invocationID: "a", lease: .seconds(600))
        let refineBodies = await harness.queues.take(PipelineHarness.configuration.refineQueueURL)
        let again = await draft.process(PipelineHarness.event(PipelineHarness.record(task.body)), invocationID: "b", lease: .seconds(600))
        #expect(first.batchItemFailures.isEmpty && again.batchItemFailures.isEmpty)
        #expect(refineBodies.count == 3)
        #expect(await harness.queues.take(PipelineHarness.configuration.refineQueueURL).isEmpty)

        let refine = harness.processor(.refine)
        for body in refineBodies + refineBodies {
            _ = await refine.process(PipelineHarness.event(PipelineHarness.record(body)), invocationID: "c", lease: .seconds(600))
        }
        #expect(await harness.queues.take(PipelineHarness.configuration.finalizeQueueURL).count == 3)
    }

    @Test func aClaimHeldByALiveInvocationComesBackLater() async throws {
        let harness = try PipelineHarness()
        let task = try await harness.createTask()
        #expect(try await harness.store.claimAttempt(.draft(taskID: task.id), token: "live", lease: .seconds(600), startedAtMilliseconds: 1).outcome == .claimed)
        let response = await harness.processor(.draft).process(
            PipelineHarness.event(PipelineHarness.record(task.body, id: "m1")), invocationID: "other", lease: .seconds(600))
        #expect(response.batchItemFailures.map(\.itemIdentifier) == ["m1"])
        #expect(await harness.queues.take(PipelineHarness.configuration.refineQueueURL).isEmpty)
    }

    @Test func aCrashedInvocationsExpiredLeaseIsTakenOver() async throws {
        let harness = try PipelineHarness()
        let task = try await harness.createTask()
        #expect(try await harness.store.claimAttempt(.draft(taskID: task.id), token: "crashed", lease: .milliseconds(50), startedAtMilliseconds: 1).outcome == .claimed)
        harness.clock.advance(by: .milliseconds(50))
        let response = await harness.processor(.draft).process(
            PipelineHarness.event(PipelineHarness.record(task.body)), invocationID: "next", lease: .seconds(600))
        #expect(response.batchItemFailures.isEmpty)
        #expect(await harness.queues.take(PipelineHarness.configuration.refineQueueURL).count == 3)
    }

    @Test func aMalformedRecordFailsAloneWithItsReasonRecorded() async throws {
        let harness = try PipelineHarness()
        let task = try await harness.createTask()
        let response = await harness.processor(.draft).process(
            PipelineHarness.event(
                PipelineHarness.record("{not json", id: "bad"),
                PipelineHarness.record(#"{"stage":"refine","taskId":"\#(task.id)","version":1,"text":"x"}"#, id: "wrong-queue"),
                PipelineHarness.record(task.body, id: "good")),
            invocationID: "inv", lease: .seconds(600))
        #expect(Set(response.batchItemFailures.map(\.itemIdentifier)) == ["bad", "wrong-queue"])
        #expect(await harness.queues.take(PipelineHarness.configuration.refineQueueURL).count == 3)
        #expect(try await harness.store.messageFailure(messageID: "bad")?.contains("not valid JSON") == true)
        #expect(try await harness.store.messageFailure(messageID: "wrong-queue")?.contains("refine message on the draft queue") == true)
    }

    @Test func aFailureIsRetriedAndTheFinalAttemptMarksTheVersionFailed() async throws {
        let harness = try PipelineHarness()
        let failing = harness.processor(.finalize, agent: FlakyAgent(failures: 10))
        let second = try await harness.createTask()
        try await harness.store.initializeVersion(taskID: second.id, version: 2, VersionUpdate(
            status: .running, inputs: [.finalize: "전지 실험을 설계함."]))
        let message = StageMessage(stage: .finalize, taskId: second.id, version: 2).encoded()

        let early = await failing.process(PipelineHarness.event(PipelineHarness.record(message, id: "m", receiveCount: 1)), invocationID: "i1", lease: .seconds(600))
        #expect(early.batchItemFailures.count == 1)
        #expect(try await harness.store.version(taskID: second.id, version: 2)?.status != .failed)
        #expect(try await harness.store.messageFailure(messageID: "m")?.contains("finalize failed") == true)
        #expect(try await harness.store.isDone(.stage(.finalize, taskID: second.id, version: 2)) == false)

        let last = await failing.process(PipelineHarness.event(PipelineHarness.record(message, id: "m", receiveCount: 3)), invocationID: "i2", lease: .seconds(600))
        #expect(last.batchItemFailures.count == 1)
        let version = try #require(try await harness.store.version(taskID: second.id, version: 2))
        #expect(version.status == .failed)
        #expect(version.failureReason?.contains("finalize failed") == true)
        let events = try await harness.store.events(taskID: second.id, after: nil, limit: 10)
        #expect(events.map(\.type) == ["version_failed"])

        // The redriven message succeeds later: the version completes after all.
        let healthy = harness.processor(.finalize)
        let redrive = await healthy.process(PipelineHarness.event(PipelineHarness.record(message, id: "m", receiveCount: 1)), invocationID: "i3", lease: .seconds(600))
        #expect(redrive.batchItemFailures.isEmpty)
        #expect(try await harness.store.version(taskID: second.id, version: 2)?.status == .completed)
    }

    @Test func notesWithNothingRecordableFailTheTaskAtOnce() async throws {
        let harness = try PipelineHarness()
        let task = try await harness.createTask(notes: "교외 수학 올림피아드 은상. 토플 110점.", section: "club", subject: nil)
        let response = await harness.processor(.draft).process(
            PipelineHarness.event(PipelineHarness.record(task.body)), invocationID: "inv", lease: .seconds(600))
        #expect(response.batchItemFailures.isEmpty)
        let record = try #require(try await harness.store.task(id: task.id))
        #expect(record.status == .failed)
        #expect(record.failureReason?.contains("기재") == true)
        let events = try await harness.store.events(taskID: task.id, after: nil, limit: 10).map(\.type)
        #expect(events == ["version_failed", "version_failed", "version_failed", "completed"])
    }

    @Test func aFailedSendIsRetriedAndNothingIsMarkedDone() async throws {
        let harness = try PipelineHarness()
        let task = try await harness.createTask()
        await harness.queues.failOnce()
        let failed = await harness.processor(.draft).process(PipelineHarness.event(PipelineHarness.record(task.body)), invocationID: "a", lease: .seconds(600))
        #expect(failed.batchItemFailures.count == 1)
        #expect(try await harness.store.isDone(.draft(taskID: task.id)) == false)
        let retried = await harness.processor(.draft).process(PipelineHarness.event(PipelineHarness.record(task.body)), invocationID: "b", lease: .seconds(600))
        #expect(retried.batchItemFailures.isEmpty)
        #expect(await harness.queues.take(PipelineHarness.configuration.refineQueueURL).count == 3)
    }

    @Test func aDeletedTasksMessagesAreDropped() async throws {
        let harness = try PipelineHarness()
        let body = StageMessage(stage: .draft, taskId: TaskID.generate()).encoded()
        let response = await harness.processor(.draft).process(PipelineHarness.event(PipelineHarness.record(body)), invocationID: "a", lease: .seconds(600))
        #expect(response.batchItemFailures.isEmpty)
        #expect(await harness.queues.take(PipelineHarness.configuration.refineQueueURL).isEmpty)
    }

    @Test func messagesAreValidated() throws {
        #expect(throws: PipelineError.self) { try StageMessage.decode(#"{"stage":"draft","taskId":"nope"}"#, expecting: .draft) }
        let id = TaskID.generate()
        #expect(throws: PipelineError.self) {
            try StageMessage.decode(#"{"stage":"refine","taskId":"\#(id)","version":4}"#, expecting: .refine)
        }
        #expect(throws: PipelineError.self) {
            try StageMessage.decode(#"{"stage":"refine","taskId":"\#(id)"}"#, expecting: .refine)
        }
        #expect(throws: PipelineError.self) {
            try StageMessage.decode(#"{"stage":"draft","taskId":"\#(id)","version":1}"#, expecting: .draft)
        }
        #expect(try StageMessage.decode(#"{"stage":"refine","taskId":"\#(id)","version":1}"#, expecting: .refine).version == 1)
        #expect(try StageMessage.decode(StageMessage(stage: .draft, taskId: id).encoded(), expecting: .draft).taskId == id)
        #expect(TaskID.isValid(TaskID.generate()) && TaskID.generate() != TaskID.generate())
    }
}

/// The part of a stored rule report the tests read.
struct RuleReportProbe: Decodable {
    let passes: Bool
}
