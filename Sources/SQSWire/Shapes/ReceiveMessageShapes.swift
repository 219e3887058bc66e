/// ReceiveMessage in the JSON protocol.
package struct ReceiveMessageRequest: Codable, Sendable, Equatable {
    package var queueUrl: String
    package var maxNumberOfMessages: Int?
    package var visibilityTimeout: Int?
    package var waitTimeSeconds: Int?
    package var messageSystemAttributeNames: [String]?
    /// The deprecated name of `messageSystemAttributeNames`, which older servers read.
    package var attributeNames: [String]?
    package var messageAttributeNames: [String]?
    package var receiveRequestAttemptId: String?

    package init(
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

package struct ReceiveMessageResult: Codable, Sendable, Equatable {
    package struct Message: Codable, Sendable, Equatable {
        package var messageId: String
        package var receiptHandle: String
        package var md5OfBody: String
        package var body: String
        /// System attributes (`ApproximateReceiveCount`, `SentTimestamp`, …) as strings.
        package var attributes: [String: String]?
        package var md5OfMessageAttributes: String?
        package var messageAttributes: [String: MessageAttributeValue]?

        enum CodingKeys: String, CodingKey {
            case messageId = "MessageId", receiptHandle = "ReceiptHandle", md5OfBody = "MD5OfBody", body = "Body"
            case attributes = "Attributes", md5OfMessageAttributes = "MD5OfMessageAttributes"
            case messageAttributes = "MessageAttributes"
        }
    }

    /// Absent when no message was received.
    package var messages: [Message]?

    enum CodingKeys: String, CodingKey {
        case messages = "Messages"
    }
}
