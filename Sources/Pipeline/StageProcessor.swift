import LambdaWire
import Logging
import RecordAgents
import TaskStore

/// The per-record glue every queue-driven stage shares: claim → run → forward → done.
///
/// Delivery is at least once. A record whose stage is already done is acknowledged with no side
/// effect; one whose claim a live invocation holds comes back later; a crashed invocation's lease
/// expires and the next delivery takes over. Forwarding happens before the done marker, so a crash in
/// between duplicates a message the next stage's claim absorbs; events are appended once per version
/// and stage, so a repeated stage does not repeat its event. On the final delivery a failing
/// record marks its version failed with the reason before the queue moves it to its dead-letter queue;
/// so does an unusable message that still names its task, and a stage that has nothing usable to give
/// (no text to start from, or an empty result) fails its version for good at once: every task ends.
/// A deleted task's writes are refused by the store, and its messages are acknowledged and dropped.
/// Each stage records which engine produced each version and the tokens of every model call.
package struct StageProcessor: Sendable {
    package let stage: PipelineStage
    let store: any TaskStoring
    let queues: any QueueSending
    let agent: any StageAgent
    let configuration: PipelineConfiguration
    let logger: Logger
    let alerts: (any FailureAlerting)?

    package init(
        stage: PipelineStage, store: any TaskStoring, queues: any QueueSending, agent: any StageAgent,
        configuration: PipelineConfiguration, logger: Logger, alerts: (any FailureAlerting)? = nil
    ) {
        self.stage = stage
        self.store = store
        self.queues = queues
        self.agent = agent
        self.configuration = configuration
        self.logger = logger
        self.alerts = alerts
    }

    /// Processes a batch; the records that must come back are listed as batch item failures.
    /// `lease` should outlast the invocation so a live one is never overtaken.
    /// `deadline` is when the agent must have its answers (the invocation's end, less a margin).
    package func process(
        _ event: SQSEvent, invocationID: String, lease: Duration, deadline: ContinuousClock.Instant = .now + .seconds(60)
    ) async -> SQSBatchResponse {
        await processBatch(event, invocationID: invocationID, lease: lease, deadline: deadline).response
    }

    /// Like `process`, and says how many records were dead-lettered (failed on their last attempt), for metrics.
    /// Alerts give up by `alertDeadline` (default: five seconds from now), so they cannot outlast the invocation.
    /// The records of a batch are independent units of work (each claims its own key), so they run
    /// concurrently: a task's three versions usually arrive in one batch.
    package func processBatch(
        _ event: SQSEvent, invocationID: String, lease: Duration, deadline: ContinuousClock.Instant = .now + .seconds(60),
        alertDeadline: ContinuousClock.Instant? = nil
    ) async -> StageBatchOutcome {
        let batch = BatchContext(
            invocationID: invocationID, lease: lease, deadline: deadline, alertDeadline: alertDeadline ?? .now + .seconds(5))
        // One look at the fault switch per batch, while the records claim their work.
        let fault = Task { [store, stage, logger] () -> StageFault? in
            do {
                return try await store.fault(stage: stage)
            } catch {
                logger.error("could not read the fault switch", metadata: ["stage": "\(stage.rawValue)", "error": "\(error)"])
                return nil
            }
        }
        let outcomes = await withTaskGroup(of: (String, RecordOutcome).self) { group in
            for record in event.records {
                group.addTask { (record.messageId, await process(record, batch, fault: fault)) }
            }
            var outcomes: [String: RecordOutcome] = [:]
            for await (messageID, outcome) in group {
                outcomes[messageID] = outcome
            }
            return outcomes
        }
        // Report in the batch's order, as the records came.
        let failed = event.records.map(\.messageId).filter { outcomes[$0] != .finished }
        return StageBatchOutcome(
            response: SQSBatchResponse(failedMessageIDs: failed),
            deadLettered: outcomes.values.filter { $0 == .deadLettered }.count)
    }

    enum RecordOutcome: Equatable {
        /// Done now, done before, or settled as failed for good: acknowledged.
        case finished
        /// Comes back for another attempt.
        case retry
        /// Failed on its last attempt: the version is marked failed and the queue dead-letters the message.
        case deadLettered
    }

    /// What every record of one batch shares.
    struct BatchContext: Sendable {
        let invocationID: String
        let lease: Duration
        /// When the agent must have its answers.
        let deadline: ContinuousClock.Instant
        let alertDeadline: ContinuousClock.Instant
    }

    func process(_ record: SQSMessage, _ batch: BatchContext, fault: Task<StageFault?, Never>) async -> RecordOutcome {
        var metadata: Logger.Metadata = ["stage": "\(stage.rawValue)", "messageId": "\(record.messageId)"]
        let message: StageMessage
        do {
            message = try StageMessage.decode(record.body, expecting: stage)
        } catch {
            logger.warning("unusable message", metadata: metadata.merging(["error": "\(error)"]) { $1 })
            try? await store.recordMessageFailure(messageID: record.messageId, reason: error.description)
            // One that still names its task fails that task's version on its last attempt, as any
            // failing record does, so the task does not wait for it forever.
            guard let named = StageMessage.named(in: record.body, stage: stage),
                  let count = record.approximateReceiveCount, count >= configuration.maxReceiveCount
            else { return .retry }
            let reason = "\(stage.rawValue) failed: \(error)"
            let versions = await settleFailed(named, reason: reason)
            await alert(FailureAlert(
                taskId: named.taskId, stage: stage, versions: versions, reason: reason, messageId: record.messageId,
                receiveCount: count, deadLetterQueue: configuration.deadLetterQueueName(stage)), before: batch.alertDeadline)
            return .deadLettered
        }
        metadata["taskId"] = "\(message.taskId)"
        if let version = message.version { metadata["version"] = "\(version)" }

        let key = message.version.map { ClaimKey.stage(stage, taskID: message.taskId, version: $0) } ?? .draft(taskID: message.taskId)
        let token = "\(batch.invocationID)/\(record.messageId)"
        let attempt = Attempt(store: store, key: key)
        do {
            let claimed = try await store.claimAttempt(key, token: token, lease: batch.lease, startedAtMilliseconds: attempt.startedAtMilliseconds)
            if claimed.reopened { logger.info("a failed version runs again", metadata: metadata) }
            switch claimed.outcome {
            case .alreadyDone:
                logger.debug("already done, acknowledged", metadata: metadata)
                return .finished
            case .heldByAnother:
                logger.debug("held by a live invocation, retried later", metadata: metadata)
                return .retry
            case .claimed:
                break
            }
        } catch is TaskDeleted {
            logger.info("task deleted, message dropped", metadata: metadata)
            return .finished
        } catch {
            logger.error("claim failed", metadata: metadata.merging(["error": "\(error)"]) { $1 })
            return .retry
        }

        do {
            if let fault = await fault.value { throw InjectedFault(reason: fault.reason) }
            try await run(message, deadline: batch.deadline, metadata: metadata)
            try await attempt.done(token: token)
            return .finished
        } catch is TaskDeleted {
            // Deleted while this stage ran: the store wrote nothing of it; nothing is left to do.
            logger.info("task deleted, message dropped", metadata: metadata)
            return .finished
        } catch let failure as StageFailure {
            // The notes themselves cannot give this version: retrying would fail the same way.
            logger.info("stage failed for good", metadata: metadata)
            try? await recordUsage(failure.usage, taskID: message.taskId)
            _ = await settleFailed(message, reason: failure.reason)
            try? await attempt.done(token: token)
            return .finished
        } catch {
            let reason = "\(stage.rawValue) failed: \(error)"
            logger.error("stage failed", metadata: metadata.merging(["error": "\(error)"]) { $1 })
            try? await store.recordMessageFailure(messageID: record.messageId, reason: reason)
            _ = try? await store.releaseClaim(key, token: token)
            guard let count = record.approximateReceiveCount, count >= configuration.maxReceiveCount else {
                await attempt.finished(.retry)
                return .retry
            }
            let versions = await settleFailed(message, reason: reason)
            await attempt.finished(.failed)
            await alert(FailureAlert(
                taskId: message.taskId, stage: stage, versions: versions, reason: reason, messageId: record.messageId,
                receiveCount: count, deadLetterQueue: configuration.deadLetterQueueName(stage)), before: batch.alertDeadline)
            return .deadLettered
        }
    }

    /// The structured log line always (what log-based alarms match on), then the configured sink.
    private func alert(_ alert: FailureAlert, before deadline: ContinuousClock.Instant) async {
        logger.error("version failed on its last attempt; its message goes to the dead-letter queue", metadata: [
            "alert": "version_failed", "taskId": "\(alert.taskId)", "stage": "\(alert.stage.rawValue)",
            "versions": "\(alert.versions.map(String.init).joined(separator: ","))", "reason": "\(alert.reason)",
            "messageId": "\(alert.messageId)", "receiveCount": "\(alert.receiveCount)",
            "deadLetterQueue": "\(alert.deadLetterQueue ?? "unknown")",
        ])
        await alerts?.send(alert, before: deadline)
    }

    private func run(_ message: StageMessage, deadline: ContinuousClock.Instant, metadata: Logger.Metadata) async throws {
        // Refine and finalize read the version the stage before stored with the task, in one round trip.
        let found: TaskRecord?
        let stored: VersionRecord?
        if let number = message.version {
            (found, stored) = try await store.task(id: message.taskId, withVersion: number)
        } else {
            (found, stored) = (try await store.task(id: message.taskId), nil)
        }
        guard let task = found else {
            // Deleted by the teacher or expired: nothing is left to do.
            logger.info("task no longer exists, message dropped", metadata: metadata)
            return
        }
        let request: DraftRequest
        do {
            request = try TaskRequest.decode(stored: task.requestJSON).draftRequest()
        } catch {
            // Retrying cannot repair a stored request.
            throw StageFailure(reason: "저장된 요청이 유효하지 않음: \(error)")
        }
        // The teacher's stream says which stage waits on which model while it waits.
        let (store, stage, logger) = (store, stage, logger)
        let announce: @Sendable (String) async -> Void = { model in
            do {
                _ = try await store.appendEvent(
                    taskID: message.taskId, TaskEvents.waitingOnModel(stage: stage, version: message.version, model: model))
            } catch {
                // The call goes ahead: the event only informs, and the stage's own events still follow.
                logger.warning("model call event not stored", metadata: metadata.merging(["error": "\(error)"]) { $1 })
            }
        }
        try await ModelCallNotice.$observer.withValue(ModelCallNotice.Observer(announce)) {
            switch stage {
            case .draft:
                try await draft(message, request: request, task: task, deadline: deadline)
            case .refine:
                try await refine(message, request: request, stored: stored, deadline: deadline)
            case .finalize:
                try await finalize(message, request: request, task: task, stored: stored, deadline: deadline)
            }
        }
    }

    private func draft(_ message: StageMessage, request: DraftRequest, task: TaskRecord, deadline: ContinuousClock.Instant) async throws {
        let result = try await agent.draft(request, deadline: deadline)
        try await recordUsage(result.usage, taskID: message.taskId)
        let versions = result.value.map(\.value)
        if task.status == .queued {
            try await store.setTaskStatus(id: task.id, .running, failureReason: nil)
        }
        // The versions' first state, with the draft text refine starts from, goes in before anything is
        // forwarded, and only if absent: the later stages may run (and finish) before this invocation
        // returns, or a redelivery may repeat it after they did (and refine keeps the text it read).
        for drafted in result.value {
            try await store.initializeVersion(taskID: message.taskId, version: drafted.value.version, VersionUpdate(
                status: .running, stages: [.draft: .done, .refine: .pending, .finalize: .pending],
                producers: [.draft: drafted.producer.description], inputs: [.refine: drafted.value.text]))
        }
        let bodies = versions.map { StageMessage(stage: .refine, taskId: message.taskId, version: $0.version).encoded() }
        try await queues.send(bodies, to: configuration.refineQueueURL)
        for version in versions {
            _ = try await store.appendEvent(taskID: message.taskId, TaskEvents.drafted(version: version.version), once: "v\(version.version):draft")
        }
    }

    private func refine(_ message: StageMessage, request: DraftRequest, stored: VersionRecord?, deadline: ContinuousClock.Instant) async throws {
        let version = try input(message, stored: stored)
        let result = try await agent.refine(version, request: request, deadline: deadline)
        let refined = result.value.value
        guard Self.isUsable(refined.text) else {
            throw StageFailure(reason: "다듬은 결과가 비어 있음: 메모에서 이 버전에 기재할 내용이 남지 않음", usage: result.usage)
        }
        try await recordUsage(result.usage, taskID: message.taskId)
        // The refined text is stored before the message that points at it is sent.
        try await store.updateVersion(taskID: message.taskId, version: version.version, VersionUpdate(
            stages: [.refine: .done], producers: [.refine: result.value.producer.description], inputs: [.finalize: refined.text]))
        try await queues.send(
            [StageMessage(stage: .finalize, taskId: message.taskId, version: version.version).encoded()], to: configuration.finalizeQueueURL)
        _ = try await store.appendEvent(taskID: message.taskId, TaskEvents.refined(version: version.version), once: "v\(version.version):refine")
    }

    private func finalize(
        _ message: StageMessage, request: DraftRequest, task: TaskRecord, stored: VersionRecord?, deadline: ContinuousClock.Instant
    ) async throws {
        let version = try input(message, stored: stored)
        let result = try await agent.finalize(version, request: request, deadline: deadline)
        let final = result.value.value
        guard Self.isUsable(final.text) else {
            throw StageFailure(reason: "완성한 결과가 비어 있음: 메모에서 이 버전에 기재할 내용이 남지 않음", usage: result.usage)
        }
        try await recordUsage(result.usage, taskID: message.taskId)
        let reportJSON = String(decoding: try JSON.encoder.encode(final.report), as: UTF8.self)
        try await store.updateVersion(taskID: message.taskId, version: final.version, VersionUpdate(
            status: .completed, stages: [.finalize: .done], text: final.text, bytes: final.bytes,
            reportJSON: reportJSON, producers: [.finalize: result.value.producer.description]))
        _ = try await store.appendEvent(
            taskID: message.taskId, TaskEvents.version(final, reportJSON: reportJSON), once: "v\(final.version):finalize")
        try await settlement.settle(taskID: message.taskId, version: final.version, versionCount: task.versionCount)
    }

    private var settlement: TaskSettlement {
        TaskSettlement(store: store, handOver: StageHandOver(
            store: store, queues: queues, draftQueueURL: configuration.draftQueueURL, fairness: configuration.fairness, logger: logger))
    }

    /// Every call the agent made counts, used or not: each was paid for. A stage repeated after a
    /// crash counts its calls again, for the same reason.
    private func recordUsage(_ usage: [ModelCallUsage], taskID: String) async throws {
        for call in usage {
            try await store.recordUsage(taskID: taskID, ModelUsage(
                stage: stage, model: call.model, promptTokens: call.promptTokens, completionTokens: call.completionTokens))
        }
    }

    /// The version as the stage before left it. It is stored before the message is sent, so a version
    /// without it (or with empty text) cannot get one by retrying: the version fails for good.
    /// `stored` is the version as read with the task.
    private func input(_ message: StageMessage, stored: VersionRecord?) throws -> DraftVersion {
        // StageMessage.decode guarantees a version for refine and finalize messages.
        guard let number = message.version else { throw PipelineError.malformedMessage("version is required") }
        guard let text = stored?.inputs[stage], Self.isUsable(text) else {
            throw StageFailure(reason: "\(stage.rawValue) 단계가 시작할 텍스트가 없음")
        }
        return DraftVersion(version: number, text: text)
    }

    /// A text a later stage or the teacher can use: not empty or only white space.
    static func isUsable(_ text: String) -> Bool {
        !text.allSatisfy(\.isWhitespace)
    }

    /// Marks the message's version (every version, for the draft stage) failed with the reason; returns
    /// the versions marked.
    private func settleFailed(_ message: StageMessage, reason: String) async -> [Int] {
        do {
            // Only the task: marking a version failed needs none of its stored text.
            guard let task = try await store.task(id: message.taskId) else { return [] }
            let versions = message.version.map { [$0] } ?? Array(1...task.versionCount)
            for version in versions {
                try await settlement.fail(
                    taskID: message.taskId, version: version, stage: stage, reason: reason, versionCount: task.versionCount)
            }
            return versions
        } catch is TaskDeleted {
            return []
        } catch {
            logger.error("could not record the failure", metadata: ["taskId": "\(message.taskId)", "error": "\(error)"])
            return message.version.map { [$0] } ?? []
        }
    }
}
