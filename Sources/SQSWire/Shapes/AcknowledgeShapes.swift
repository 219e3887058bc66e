/// DeleteMessageBatch and ChangeMessageVisibilityBatch in the JSON protocol; both answer with the
/// ids that succeeded and the entries that failed.
package struct DeleteMessageBatchRequest: Codable, Sendable, Equatable {
    package struct Entry: Codable, Sendable, Equatable {
        package var id: String
        package var receiptHandle: String

        package init(id: String, receiptHandle: String) {
            self.id = id
            self.receiptHandle = receiptHandle
        }

        enum CodingKeys: String, CodingKey {
            case id = "Id", receiptHandle = "ReceiptHandle"
        }
    }

    package var queueUrl: String
    package var entries: [Entry]

    package init(queueUrl: String, entries: [Entry]) {
        self.queueUrl = queueUrl
        self.entries = entries
    }

    enum CodingKeys: String, CodingKey {
        case queueUrl = "QueueUrl", entries = "Entries"
    }
}

package struct ChangeMessageVisibilityBatchRequest: Codable, Sendable, Equatable {
    package struct Entry: Codable, Sendable, Equatable {
        package var id: String
        package var receiptHandle: String
        package var visibilityTimeout: Int

        package init(id: String, receiptHandle: String, visibilityTimeout: Int) {
            self.id = id
            self.receiptHandle = receiptHandle
            self.visibilityTimeout = visibilityTimeout
        }

        enum CodingKeys: String, CodingKey {
            case id = "Id", receiptHandle = "ReceiptHandle", visibilityTimeout = "VisibilityTimeout"
        }
    }

    package var queueUrl: String
    package var entries: [Entry]

    package init(queueUrl: String, entries: [Entry]) {
        self.queueUrl = queueUrl
        self.entries = entries
    }

    enum CodingKeys: String, CodingKey {
        case queueUrl = "QueueUrl", entries = "Entries"
    }
}

/// The result of DeleteMessageBatch and ChangeMessageVisibilityBatch.
package struct AcknowledgeBatchResult: Codable, Sendable, Equatable {
    package struct Entry: Codable, Sendable, Equatable {
        package var id: String

        enum CodingKeys: String, CodingKey {
            case id = "Id"
        }
    }

    package var successful: [Entry]
    package var failed: [BatchResultError]

    enum CodingKeys: String, CodingKey {
        case successful = "Successful", failed = "Failed"
    }

    /// Some servers leave out a list that is empty.
    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        successful = try container.decodeIfPresent([Entry].self, forKey: .successful) ?? []
        failed = try container.decodeIfPresent([BatchResultError].self, forKey: .failed) ?? []
    }
}
