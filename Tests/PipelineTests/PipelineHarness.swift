import Foundation
import LambdaWire
import Logging
import Pipeline
import RecordAgents
import TaskStore
import TestSupport

/// The offline engine, failing on demand the way a model outage would.
final class FlakyAgent: StageAgent, @unchecked Sendable {
    private let lock = NSLock()
    private var failures: Int
    private let engine = OfflineEngine()

    init(failures: Int) { self.failures = failures }

    private func maybeFail() throws {
        try lock.withLock {
            if failures > 0 {
                failures -= 1
                throw URLError(.timedOut)
            }
        }
    }

    func draft(_ request: DraftRequest, deadline: ContinuousClock.Instant) async throws -> StageResult<[Produced<DraftVersion>]> {
        try maybeFail()
        return try await engine.draft(request, deadline: deadline)
    }

    func refine(_ version: DraftVersion, request: DraftRequest, deadline: ContinuousClock.Instant) async throws
        -> StageResult<Produced<DraftVersion>>
    {
        try maybeFail()
        return try await engine.refine(version, request: request, deadline: deadline)
    }

    func finalize(_ version: DraftVersion, request: DraftRequest, deadline: ContinuousClock.Instant) async throws
        -> StageResult<Produced<FinalVersion>>
    {
        try maybeFail()
        return try await engine.finalize(version, request: request, deadline: deadline)
    }
}

struct PipelineHarness {
    static let configuration = PipelineConfiguration(
        draftQueueURL: "http://127.0.0.1:9/000000000000/draft", refineQueueURL: "http://127.0.0.1:9/000000000000/refine",
        finalizeQueueURL: "http://127.0.0.1:9/000000000000/finalize", maxReceiveCount: 3)

    let stored: TestStore
    var store: any TaskStoring { stored.store }
    /// The in-memory store's clock: the stages never wait on the store, so its TTLs pass only when a
    /// test moves it.
    let clock = ManualStoreClock()
    let queues = RecordingQueues()

    /// The pipeline's behaviour runs on the in-memory store; the end-to-end runs on a redis-server.
    init(store kind: TestStoreKind = .memory) throws {
        stored = try TestStore(kind, clock: clock)
    }

    var handOver: StageHandOver {
        StageHandOver(store: store, queues: queues, draftQueueURL: Self.configuration.draftQueueURL, fairness: Self.configuration.fairness,
            logger: Logger(label: "test"))
    }

    func processor(_ stage: PipelineStage, agent: any StageAgent = OfflineEngine()) -> StageProcessor {
        StageProcessor(
            stage: stage, store: store, queues: queues, agent: agent, configuration: Self.configuration,
            logger: Logger(label: "test"))
    }

    /// Creates a task the way the api function does and returns the draft message body.
    func createTask(notes: String = PipelineHarness.notes, section: String = "subject", subject: String? = "과학") async throws -> (id: String, body: String) {
        let id = TaskID.generate()
        let request = TaskRequest(section: section, subject: subject, activities: notes)
        try await store.createTask(TaskRecord(id: id, requestJSON: request.encoded(), createdAtMilliseconds: 0))
        return (id, StageMessage(stage: .draft, taskId: id).encoded())
    }

    static let notes = """
    산화환원 단원 수행평가에서 전지 실험을 설계함. 조원 4명 중 측정을 담당함.

    결과 발표 때 오차 원인을 그래프로 설명했다.
    """

    static func record(_ body: String, id: String = UUID().uuidString, receiveCount: Int = 1) -> SQSMessage {
        SQSMessage(
            messageId: id, receiptHandle: "rh-\(id)", body: body,
            attributes: ["ApproximateReceiveCount": String(receiveCount)], md5OfBody: "",
            eventSourceARN: "arn:aws:sqs:us-east-1:000000000000:queue", awsRegion: "us-east-1")
    }

    static func event(_ records: SQSMessage...) -> SQSEvent {
        SQSEvent(records: records)
    }

    /// A stage's deadline for tests that are not about deadlines: a model agent that ran out of time
    /// would fall back to the offline engine, however slow the machine that made it run out.
    static var farDeadline: ContinuousClock.Instant { .now + .seconds(3600) }

    /// Runs one task through all three stages, delivering each message once.
    func runToCompletion(_ draftBody: String, agent: any StageAgent = OfflineEngine()) async throws {
        _ = await processor(.draft, agent: agent).process(
            Self.event(Self.record(draftBody)), invocationID: "inv", lease: .seconds(600), deadline: Self.farDeadline)
        try await runRest(await queues.take(Self.configuration.refineQueueURL), agent: agent)
    }

    /// Runs refine messages and then the finalize messages they lead to, delivering each once.
    func runRest(_ refineBodies: [String], agent: any StageAgent = OfflineEngine()) async throws {
        for body in refineBodies {
            _ = await processor(.refine, agent: agent).process(
                Self.event(Self.record(body)), invocationID: "inv", lease: .seconds(600), deadline: Self.farDeadline)
        }
        for body in await queues.take(Self.configuration.finalizeQueueURL) {
            _ = await processor(.finalize, agent: agent).process(
                Self.event(Self.record(body)), invocationID: "inv", lease: .seconds(600), deadline: Self.farDeadline)
        }
    }
}
