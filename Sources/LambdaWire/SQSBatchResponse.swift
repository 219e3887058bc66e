/// The partial batch response (`ReportBatchItemFailures`): listed message ids become visible again,
/// the rest of the batch is deleted. An empty list means the whole batch succeeded.
package struct SQSBatchResponse: Codable, Sendable, Equatable {
    package var batchItemFailures: [BatchItemFailure]

    package init(batchItemFailures: [BatchItemFailure] = []) {
        self.batchItemFailures = batchItemFailures
    }

    package init(failedMessageIDs: [String]) {
        self.batchItemFailures = failedMessageIDs.map(BatchItemFailure.init(itemIdentifier:))
    }

    package struct BatchItemFailure: Codable, Sendable, Equatable {
        package var itemIdentifier: String

        package init(itemIdentifier: String) {
            self.itemIdentifier = itemIdentifier
        }
    }
}
