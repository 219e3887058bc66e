import Foundation
import LambdaWire
import Logging
import Pipeline
import RecordAgents
@testable import TaskStore
import TestSupport
import Testing

/// The offline engine, except that refine gives empty text: what notes such as "0" made it do.
struct EmptyRefineAgent: StageAgent {
    let engine = OfflineEngine()

    func draft(_ request: DraftRequest, deadline: ContinuousClock.Instant) async throws -> StageResult<[Produced<DraftVersion>]> {
        try await engine.draft(request, deadline: deadline)
    }

    func refine(_ version: DraftVersion, request: DraftRequest, deadline: ContinuousClock.Instant) async throws
        -> StageResult<Produced<DraftVersion>>
    {
        StageResult(Produced(DraftVersion(version: version.version, text: " "), by: .offline))
    }

    func finalize(_ version: DraftVersion, request: DraftRequest, deadline: ContinuousClock.Instant) async throws
        -> StageResult<Produced<FinalVersion>>
    {
        try await engine.finalize(version, request: request, deadline: deadline)
    }
}

@Suite("Every task ends, delete wins, messages carry ids only")
struct TaskLifecycleTests {
    @Test func stageMessagesCarryIdsAndTheTextStaysInTheStore() async throws {
        let harness = try PipelineHarness()
        let task = try await harness.createTask()
        _ = await harness.processor(.draft).process(
            PipelineHarness.event(PipelineHarness.record(task.body)), invocationID: "a", lease: .seconds(600), deadline: PipelineHarness.farDeadline)
        let bodies = await harness.queues.take(PipelineHarness.configuration.refineQueueURL)
        #expect(bodies.count == 3)
        for body in bodies {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
            #expect(Set(object.keys) == ["stage", "taskId", "version"])
            let version = try #require(object["version"] as? Int)
            let input = try #require(try await harness.store.version(taskID: task.id, version: version)?.inputs[.refine])
            #expect(!input.isEmpty)
        }
        for body in bodies {
            _ = await harness.processor(.refine).process(
                PipelineHarness.event(PipelineHarness.record(body)), invocationID: "b", lease: .seconds(600), deadline: PipelineHarness.farDeadline)
        }
        let finalizeBodies = await harness.queues.take(PipelineHarness.configuration.finalizeQueueURL)
        #expect(finalizeBodies.count == 3)
        #expect(finalizeBodies.allSatisfy { !$0.contains("\"text\"") })
    }

    @Test func anEmptyRefinedTextFailsItsVersionAndTheTaskEnds() async throws {
        let harness = try PipelineHarness()
        let task = try await harness.createTask()
        try await harness.runToCompletion(task.body, agent: EmptyRefineAgent())
        let record = try #require(try await harness.store.task(id: task.id))
        #expect(record.status == .failed)
        for number in 1...3 {
            let version = try #require(try await harness.store.version(taskID: task.id, version: number))
            #expect(version.status == .failed)
            #expect(version.stages[.refine] == .failed)
            #expect(version.failureReason?.contains("비어 있음") == true)
        }
        #expect(await harness.queues.take(PipelineHarness.configuration.finalizeQueueURL).isEmpty)
        let events = try await harness.store.events(taskID: task.id, after: nil, limit: 20).map(\.type)
        #expect(events.filter { $0 == "version_failed" }.count == 3)
        #expect(events.last == "completed")
    }

    @Test func aVersionWithNoTextToStartFromFailsAtOnce() async throws {
        let harness = try PipelineHarness()
        let task = try await harness.createTask()
        let body = StageMessage(stage: .finalize, taskId: task.id, version: 1).encoded()
        let response = await harness.processor(.finalize).process(
            PipelineHarness.event(PipelineHarness.record(body)), invocationID: "a", lease: .seconds(600))
        #expect(response.batchItemFailures.isEmpty)
        let version = try #require(try await harness.store.version(taskID: task.id, version: 1))
        #expect(version.status == .failed)
        #expect(version.failureReason?.contains("시작할 텍스트가 없음") == true)
    }

    @Test func anUnusableMessageThatNamesItsTaskFailsTheVersionOnItsLastAttempt() async throws {
        let harness = try PipelineHarness()
        let task = try await harness.createTask()
        // A refine message on the finalize queue: unusable here, but it names the task and version.
        let body = StageMessage(stage: .refine, taskId: task.id, version: 2).encoded()
        let early = await harness.processor(.finalize).process(
            PipelineHarness.event(PipelineHarness.record(body, id: "m", receiveCount: 1)), invocationID: "a", lease: .seconds(600))
        #expect(early.batchItemFailures.count == 1)
        #expect(try await harness.store.version(taskID: task.id, version: 2) == nil)
        let last = await harness.processor(.finalize).processBatch(
            PipelineHarness.event(PipelineHarness.record(body, id: "m", receiveCount: 3)), invocationID: "b", lease: .seconds(600))
        #expect(last.response.batchItemFailures.count == 1)
        #expect(last.deadLettered == 1)
        let version = try #require(try await harness.store.version(taskID: task.id, version: 2))
        #expect(version.status == .failed)
        #expect(version.failureReason?.contains("refine message on the finalize queue") == true)
    }

    /// End to end on Redis too: delete wins over the stages' scripts there.
    @Test(arguments: TestStoreKind.allCases)
    func aTaskDeletedMidwayGetsNothingWrittenByItsInFlightMessages(_ kind: TestStoreKind) async throws {
        let harness = try PipelineHarness(store: kind)
        let task = try await harness.createTask()
        _ = await harness.processor(.draft).process(
            PipelineHarness.event(PipelineHarness.record(task.body)), invocationID: "a", lease: .seconds(600), deadline: PipelineHarness.farDeadline)
        let bodies = await harness.queues.take(PipelineHarness.configuration.refineQueueURL)
        #expect(try await harness.store.deleteTask(id: task.id))
        for body in bodies {
            let response = await harness.processor(.refine).process(
                PipelineHarness.event(PipelineHarness.record(body)), invocationID: "b", lease: .seconds(600), deadline: PipelineHarness.farDeadline)
            #expect(response.batchItemFailures.isEmpty)
        }
        #expect(await harness.queues.take(PipelineHarness.configuration.finalizeQueueURL).isEmpty)
        #expect(try await Self.keys(of: task.id, in: harness.stored) == ["task:{\(task.id)}:deleted"])
    }

    @Test func theWatchdogSettlesATaskRunningPastItsBound() async throws {
        let harness = try PipelineHarness()
        let task = try await harness.createTask()
        _ = await harness.processor(.draft).process(
            PipelineHarness.event(PipelineHarness.record(task.body)), invocationID: "a", lease: .seconds(600), deadline: PipelineHarness.farDeadline)
        // Version 1 completes; the other two never get further (their messages were lost).
        let bodies = await harness.queues.take(PipelineHarness.configuration.refineQueueURL)
        try await harness.runRest(bodies.filter { $0.contains("\"version\":1") })
        let running = try #require(try await harness.store.task(id: task.id))
        #expect(running.status == .running)

        let watchdog = TaskWatchdog(store: harness.store, bound: .seconds(60), handOver: harness.handOver, logger: Logger(label: "test"))
        #expect(try await watchdog.check(running, nowMilliseconds: running.createdAtMilliseconds + 60_000).status == .running)
        let settled = try await watchdog.check(running, nowMilliseconds: running.createdAtMilliseconds + 60_001)
        #expect(settled.status == .completed)
        #expect(try await harness.store.version(taskID: task.id, version: 1)?.status == .completed)
        for number in 2...3 {
            let version = try #require(try await harness.store.version(taskID: task.id, version: number))
            #expect(version.status == .failed)
            #expect(version.stages[.refine] == .failed)
            #expect(version.failureReason?.contains("시간 초과") == true)
        }
        let events = try await harness.store.events(taskID: task.id, after: nil, limit: 20).map(\.type)
        #expect(events.filter { $0 == "version_failed" }.count == 2)
        #expect(events.last == "completed")
    }

    /// The task's keys left in the store (`KEYS task:{<id>}*`), sorted.
    static func keys(of taskID: String, in stored: TestStore) async throws -> [String] {
        let prefix = "task:{\(taskID)}"
        if let memory = stored.memory { return memory.keys.filter { $0.hasPrefix(prefix) } }
        let redis = try #require(stored.redis)
        let client = RedisClient(url: try RedisURL(parsing: redis.url))
        return try await client.send(["KEYS", prefix + "*"]).array?.compactMap(\.string).sorted() ?? []
    }
}
