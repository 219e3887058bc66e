/// The partial batch response (`ReportBatchItemFailures`): listed message ids become visible again,
/// the rest of the batch is deleted. An empty list means the whole batch succeeded.
public struct SQSBatchResponse: Codable, Sendable, Equatable {
    public var batchItemFailures: [BatchItemFailure]

    public init(batchItemFailures: [BatchItemFailure] = []) {
        self.batchItemFailures = batchItemFailures
    }

    public init(failedMessageIDs: [String]) {
        self.batchItemFailures = failedMessageIDs.map(BatchItemFailure.init(itemIdentifier:))
    }

    public struct BatchItemFailure: Codable, Sendable, Equatable {
        public var itemIdentifier: String

        public init(itemIdentifier: String) {
            self.itemIdentifier = itemIdentifier
        }
    }
}
