/// SendMessage and SendMessageBatch in the JSON protocol, as a client encodes requests and decodes results.
public struct SendMessageRequest: Codable, Sendable, Equatable {
    public var queueUrl: String
    public var messageBody: String
    public var delaySeconds: Int?
    public var messageAttributes: [String: MessageAttributeValue]?
    /// Only `AWSTraceHeader` is defined.
    public var messageSystemAttributes: [String: MessageAttributeValue]?
    public var messageGroupId: String?
    public var messageDeduplicationId: String?

    public init(
        queueUrl: String, messageBody: String, delaySeconds: Int? = nil, messageAttributes: [String: MessageAttributeValue]? = nil,
        messageSystemAttributes: [String: MessageAttributeValue]? = nil, messageGroupId: String? = nil,
        messageDeduplicationId: String? = nil
    ) {
        self.queueUrl = queueUrl
        self.messageBody = messageBody
        self.delaySeconds = delaySeconds
        self.messageAttributes = messageAttributes
        self.messageSystemAttributes = messageSystemAttributes
        self.messageGroupId = messageGroupId
        self.messageDeduplicationId = messageDeduplicationId
    }

    enum CodingKeys: String, CodingKey {
        case queueUrl = "QueueUrl", messageBody = "MessageBody", delaySeconds = "DelaySeconds"
        case messageAttributes = "MessageAttributes", messageSystemAttributes = "MessageSystemAttributes"
        case messageGroupId = "MessageGroupId", messageDeduplicationId = "MessageDeduplicationId"
    }
}

public struct SendMessageResult: Codable, Sendable, Equatable {
    public var messageId: String
    public var md5OfMessageBody: String
    public var md5OfMessageAttributes: String?
    public var sequenceNumber: String?

    enum CodingKeys: String, CodingKey {
        case messageId = "MessageId", md5OfMessageBody = "MD5OfMessageBody"
        case md5OfMessageAttributes = "MD5OfMessageAttributes", sequenceNumber = "SequenceNumber"
    }
}

public struct SendMessageBatchRequest: Codable, Sendable, Equatable {
    public struct Entry: Codable, Sendable, Equatable {
        public var id: String
        public var messageBody: String
        public var delaySeconds: Int?
        public var messageAttributes: [String: MessageAttributeValue]?
        public var messageSystemAttributes: [String: MessageAttributeValue]?
        public var messageGroupId: String?
        public var messageDeduplicationId: String?

        public init(
            id: String, messageBody: String, delaySeconds: Int? = nil, messageAttributes: [String: MessageAttributeValue]? = nil,
            messageSystemAttributes: [String: MessageAttributeValue]? = nil, messageGroupId: String? = nil,
            messageDeduplicationId: String? = nil
        ) {
            self.id = id
            self.messageBody = messageBody
            self.delaySeconds = delaySeconds
            self.messageAttributes = messageAttributes
            self.messageSystemAttributes = messageSystemAttributes
            self.messageGroupId = messageGroupId
            self.messageDeduplicationId = messageDeduplicationId
        }

        enum CodingKeys: String, CodingKey {
            case id = "Id", messageBody = "MessageBody", delaySeconds = "DelaySeconds"
            case messageAttributes = "MessageAttributes", messageSystemAttributes = "MessageSystemAttributes"
            case messageGroupId = "MessageGroupId", messageDeduplicationId = "MessageDeduplicationId"
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

public struct SendMessageBatchResult: Codable, Sendable, Equatable {
    public struct Entry: Codable, Sendable, Equatable {
        public var id: String
        public var messageId: String
        public var md5OfMessageBody: String
        public var md5OfMessageAttributes: String?
        public var sequenceNumber: String?

        enum CodingKeys: String, CodingKey {
            case id = "Id", messageId = "MessageId", md5OfMessageBody = "MD5OfMessageBody"
            case md5OfMessageAttributes = "MD5OfMessageAttributes", sequenceNumber = "SequenceNumber"
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
