import Foundation
import Logging
import ModelAgents
import ModelClient
import Pipeline
import QueueClient
import RecordAgents
import TaskStore
import TeacherAPI

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

    /// The stage behaviour: the model agents when an endpoint is configured, the offline engine
    /// otherwise (said once, at start-up). A configuration that cannot be used stops the start.
    func agent() throws -> any StageAgent {
        guard let configuration = try ModelConfiguration.fromEnvironment(variables) else {
            logger.info("no model configured (RECORDLINE_MODEL_BASE_URL unset): the offline engine drafts")
            return OfflineEngine()
        }
        logger.info("model configured", metadata: [
            "baseURL": "\(configuration.baseURL)", "model": "\(configuration.model)",
            "fallbackModel": "\(configuration.fallbackModel ?? "none")",
        ])
        return ModelAgent(client: ChatClient(configuration: configuration, logger: logger), logger: logger)
    }

    /// The model endpoint, nil when none is configured; the api function tells teachers which it is.
    func modelEndpoint() throws -> ModelEndpoint? {
        try ModelConfiguration.fromEnvironment(variables).map {
            ModelEndpoint(model: $0.model, fallbackModel: $0.fallbackModel, origin: $0.origin, localOnly: $0.localOnly)
        }
    }

    /// Prices for the estimated cost shown with a task's usage.
    func modelPrices() throws -> ModelPrices {
        do throws(PriceError) {
            return try ModelPrices(parsing: variables["RECORDLINE_MODEL_PRICES"] ?? "")
        } catch {
            throw ModelConfigurationError(variable: "RECORDLINE_MODEL_PRICES", message: error.description)
        }
    }
}
