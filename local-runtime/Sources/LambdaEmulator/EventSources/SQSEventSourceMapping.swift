import SAMTemplate

/// One `Events: Type: SQS` entry of a function, resolved to local names.
package struct SQSEventSourceMapping: Sendable {
    package let function: String
    package let queue: String
    package let queueARN: String
    package let batchSize: Int
    package let batchingWindowSeconds: Int
    package let reportsBatchItemFailures: Bool
    /// Most concurrent invocations this mapping makes: ScalingConfig.MaximumConcurrency, else the
    /// function's concurrency limit.
    package let maximumConcurrency: Int
    package let enabled: Bool

    package init(
        function: String, queue: String, queueARN: String, batchSize: Int = 10, batchingWindowSeconds: Int = 0,
        reportsBatchItemFailures: Bool = false, maximumConcurrency: Int = 5, enabled: Bool = true
    ) {
        self.function = function
        self.queue = queue
        self.queueARN = queueARN
        self.batchSize = max(1, batchSize)
        self.batchingWindowSeconds = max(0, batchingWindowSeconds)
        self.reportsBatchItemFailures = reportsBatchItemFailures
        self.maximumConcurrency = max(1, maximumConcurrency)
        self.enabled = enabled
    }

    package init(event: FunctionEvent.SQSEvent, function: FunctionConfiguration, queue: QueueDefinition, queueARN: String) {
        self.init(
            function: function.name, queue: queue.name, queueARN: queueARN, batchSize: event.batchSize,
            batchingWindowSeconds: event.maximumBatchingWindowInSeconds, reportsBatchItemFailures: event.reportsBatchItemFailures,
            maximumConcurrency: min(event.maximumConcurrency ?? function.concurrency, function.concurrency), enabled: event.enabled)
    }
}
