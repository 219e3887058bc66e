/// DeleteMessageBatch and ChangeMessageVisibilityBatch in the JSON protocol; both answer with the
/// ids that succeeded and the entries that failed.
public struct DeleteMessageBatchRequest: Codable, Sendable, Equatable {
    public struct Entry: Codable, Sendable, Equatable {
        public var id: String
        public var receiptHandle: String

        public init(id: String, receiptHandle: String) {
            self.id = id
            self.receiptHandle = receiptHandle
        }

        enum CodingKeys: String, CodingKey {
            case id = "Id", receiptHandle = "ReceiptHandle"
        }
    }

    public var queueUrl: String
    public var entries: [Entry]

    public init(queueUrl: String, entries: [Entry]) {
        self.queueUrl = queueUrl
        self.entries = entries
    }

    enum CodingKeys: String, CodingKey {
        case queueUrl = "QueueUrl", entries = "Entries"
    }
}

public struct ChangeMessageVisibilityBatchRequest: Codable, Sendable, Equatable {
    public struct Entry: Codable, Sendable, Equatable {
        public var id: String
        public var receiptHandle: String
        public var visibilityTimeout: Int

        public init(id: String, receiptHandle: String, visibilityTimeout: Int) {
            self.id = id
            self.receiptHandle = receiptHandle
            self.visibilityTimeout = visibilityTimeout
        }

        enum CodingKeys: String, CodingKey {
            case id = "Id", receiptHandle = "ReceiptHandle", visibilityTimeout = "VisibilityTimeout"
        }
    }

    public var queueUrl: String
    public var entries: [Entry]

    public init(queueUrl: String, entries: [Entry]) {
        self.queueUrl = queueUrl
        self.entries = entries
    }

    enum CodingKeys: String, CodingKey {
        case queueUrl = "QueueUrl", entries = "Entries"
    }
}

/// The result of DeleteMessageBatch and ChangeMessageVisibilityBatch.
public struct AcknowledgeBatchResult: Codable, Sendable, Equatable {
    public struct Entry: Codable, Sendable, Equatable {
        public var id: String

        enum CodingKeys: String, CodingKey {
            case id = "Id"
        }
    }

    public var successful: [Entry]
    public var failed: [BatchResultError]

    enum CodingKeys: String, CodingKey {
        case successful = "Successful", failed = "Failed"
    }

    /// Some servers leave out a list that is empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        successful = try container.decodeIfPresent([Entry].self, forKey: .successful) ?? []
        failed = try container.decodeIfPresent([BatchResultError].self, forKey: .failed) ?? []
    }
}
