/// ReceiveMessage in the JSON protocol.
public struct ReceiveMessageRequest: Codable, Sendable, Equatable {
    public var queueUrl: String
    public var maxNumberOfMessages: Int?
    public var visibilityTimeout: Int?
    public var waitTimeSeconds: Int?
    public var messageSystemAttributeNames: [String]?
    /// The deprecated name of `messageSystemAttributeNames`, which older servers read.
    public var attributeNames: [String]?
    public var messageAttributeNames: [String]?
    public var receiveRequestAttemptId: String?

    public init(
        queueUrl: String, maxNumberOfMessages: Int? = nil, visibilityTimeout: Int? = nil, waitTimeSeconds: Int? = nil,
        messageSystemAttributeNames: [String]? = nil, attributeNames: [String]? = nil, messageAttributeNames: [String]? = nil,
        receiveRequestAttemptId: String? = nil
    ) {
        self.queueUrl = queueUrl
        self.maxNumberOfMessages = maxNumberOfMessages
        self.visibilityTimeout = visibilityTimeout
        self.waitTimeSeconds = waitTimeSeconds
        self.messageSystemAttributeNames = messageSystemAttributeNames
        self.attributeNames = attributeNames
        self.messageAttributeNames = messageAttributeNames
        self.receiveRequestAttemptId = receiveRequestAttemptId
    }

    enum CodingKeys: String, CodingKey {
        case queueUrl = "QueueUrl", maxNumberOfMessages = "MaxNumberOfMessages", visibilityTimeout = "VisibilityTimeout"
        case waitTimeSeconds = "WaitTimeSeconds", messageSystemAttributeNames = "MessageSystemAttributeNames"
        case attributeNames = "AttributeNames", messageAttributeNames = "MessageAttributeNames"
        case receiveRequestAttemptId = "ReceiveRequestAttemptId"
    }
}

public struct ReceiveMessageResult: Codable, Sendable, Equatable {
    public struct Message: Codable, Sendable, Equatable {
        public var messageId: String
        public var receiptHandle: String
        public var md5OfBody: String
        public var body: String
        /// System attributes (`ApproximateReceiveCount`, `SentTimestamp`, …) as strings.
        public var attributes: [String: String]?
        public var md5OfMessageAttributes: String?
        public var messageAttributes: [String: MessageAttributeValue]?

        enum CodingKeys: String, CodingKey {
            case messageId = "MessageId", receiptHandle = "ReceiptHandle", md5OfBody = "MD5OfBody", body = "Body"
            case attributes = "Attributes", md5OfMessageAttributes = "MD5OfMessageAttributes"
            case messageAttributes = "MessageAttributes"
        }
    }

    /// Absent when no message was received.
    public var messages: [Message]?

    enum CodingKeys: String, CodingKey {
        case messages = "Messages"
    }
}
