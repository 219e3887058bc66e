/// SendMessage and SendMessageBatch in the JSON protocol, as a client encodes requests and decodes results.
package struct SendMessageRequest: Codable, Sendable, Equatable {
    package var queueUrl: String
    package var messageBody: String
    package var delaySeconds: Int?
    package var messageAttributes: [String: MessageAttributeValue]?
    /// Only `AWSTraceHeader` is defined.
    package var messageSystemAttributes: [String: MessageAttributeValue]?
    package var messageGroupId: String?
    package var messageDeduplicationId: String?

    package init(
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

package struct SendMessageResult: Codable, Sendable, Equatable {
    package var messageId: String
    package var md5OfMessageBody: String
    package var md5OfMessageAttributes: String?
    package var sequenceNumber: String?

    enum CodingKeys: String, CodingKey {
        case messageId = "MessageId", md5OfMessageBody = "MD5OfMessageBody"
        case md5OfMessageAttributes = "MD5OfMessageAttributes", sequenceNumber = "SequenceNumber"
    }
}

package struct SendMessageBatchRequest: Codable, Sendable, Equatable {
    package struct Entry: Codable, Sendable, Equatable {
        package var id: String
        package var messageBody: String
        package var delaySeconds: Int?
        package var messageAttributes: [String: MessageAttributeValue]?
        package var messageSystemAttributes: [String: MessageAttributeValue]?
        package var messageGroupId: String?
        package var messageDeduplicationId: String?

        package init(
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

package struct SendMessageBatchResult: Codable, Sendable, Equatable {
    package struct Entry: Codable, Sendable, Equatable {
        package var id: String
        package var messageId: String
        package var md5OfMessageBody: String
        package var md5OfMessageAttributes: String?
        package var sequenceNumber: String?

        enum CodingKeys: String, CodingKey {
            case id = "Id", messageId = "MessageId", md5OfMessageBody = "MD5OfMessageBody"
            case md5OfMessageAttributes = "MD5OfMessageAttributes", sequenceNumber = "SequenceNumber"
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
