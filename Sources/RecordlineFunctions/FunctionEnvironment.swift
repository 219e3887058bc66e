import Foundation
import Logging
import Pipeline
import QueueClient
import RecordAgents
import TaskStore

/// What every function builds from its environment at start-up. Nothing here connects: the task store
/// and the queue client open connections on first use, so cold start stays short.
struct FunctionEnvironment {
    let variables: [String: String]
    let store: RedisTaskStore
    let queues: SQSQueueSender
    let pipeline: PipelineConfiguration
    let logger: Logger

    init(_ variables: [String: String] = ProcessInfo.processInfo.environment, logger: Logger) throws {
        self.variables = variables
        self.logger = logger
        store = RedisTaskStore(configuration: try TaskStoreConfiguration.fromEnvironment())
        queues = SQSQueueSender(client: QueueClient(configuration: try QueueClientConfiguration.fromEnvironment(variables), logger: logger))
        pipeline = try PipelineConfiguration.fromEnvironment(variables)
    }

    /// Where failure alerts go besides the log: the webhook in `RECORDLINE_ALERT_WEBHOOK`, if set.
    var alerts: (any FailureAlerting)? {
        variables["RECORDLINE_ALERT_WEBHOOK"].flatMap { $0.isEmpty ? nil : WebhookAlerts(url: $0, logger: logger) }
    }

    /// The stage behaviour: the offline engine until a model endpoint is configured.
    var agent: any StageAgent {
        OfflineEngine()
    }
}
