import LambdaRuntime
import LambdaWire
import Logging
import Pipeline
import TaskStore

/// The draft, refine and finalize functions: an SQS batch in, the records to retry out.
package struct StageFunction: LambdaHandler {
    let processor: StageProcessor

    package static func make(_ stage: PipelineStage) throws -> StageFunction {
        let logger = LambdaRuntimeLogging.logger()
        let environment = try FunctionEnvironment(logger: logger)
        return StageFunction(processor: StageProcessor(
            stage: stage, store: environment.store, queues: environment.queues, agent: try environment.agent(),
            configuration: environment.pipeline, logger: logger, alerts: environment.alerts))
    }

    package func handle(_ event: SQSEvent, context: LambdaContext) async throws -> SQSBatchResponse {
        // The lease outlasts this invocation, which Lambda ends at its deadline, by a short margin: no
        // other delivery overtakes it while it runs, and after a crash the claim has expired by the
        // time the message is visible again (the visibility timeout is at least the function's), so
        // the redelivery is not refused until its receive count runs out.
        // The agent's deadline keeps time back for the offline fallback and the writes after it.
        let start = ContinuousClock.now
        let remaining = context.remainingTime()
        let outcome = await processor.processBatch(
            event, invocationID: context.requestID, lease: remaining + Self.leaseMargin,
            deadline: start + max(remaining - Self.reserve(of: remaining), .zero), alertDeadline: start + remaining - .seconds(1))
        EmbeddedMetrics(
            dimensions: [("FunctionName", EmbeddedMetrics.functionName), ("Stage", processor.stage.rawValue)],
            metrics: [
                .count("Invocations", 1),
                .duration("Duration", since: start),
                .count("Records", event.records.count),
                // Records that failed this time and come back for another attempt or go to the dead-letter queue.
                .count("Errors", outcome.response.batchItemFailures.count),
                // Records that failed on their last attempt: versions marked failed, messages dead-lettered.
                .count("Failures", outcome.deadLettered),
            ]
        ).emit()
        return outcome.response
    }

    static let leaseMargin: Duration = .seconds(2)

    /// A fifth of the invocation, between 1 and 5 seconds.
    static func reserve(of remaining: Duration) -> Duration {
        min(max(remaining / 5, .seconds(1)), .seconds(5))
    }
}
