/// The batch of queue messages a Lambda SQS event source mapping delivers to one invocation.
package struct SQSEvent: Codable, Sendable, Equatable {
    package var records: [SQSMessage]

    package init(records: [SQSMessage]) {
        self.records = records
    }

    enum CodingKeys: String, CodingKey {
        case records = "Records"
    }
}

/// One record of an `SQSEvent`. Attribute values are strings on the wire, timestamps included.
package struct SQSMessage: Codable, Sendable, Equatable {
    package var messageId: String
    package var receiptHandle: String
    package var body: String
    package var attributes: [String: String]
    package var messageAttributes: [String: SQSMessageAttribute]
    package var md5OfBody: String
    package var md5OfMessageAttributes: String?
    package var eventSource: String
    package var eventSourceARN: String
    package var awsRegion: String

    package init(
        messageId: String,
        receiptHandle: String,
        body: String,
        attributes: [String: String] = [:],
        messageAttributes: [String: SQSMessageAttribute] = [:],
        md5OfBody: String,
        md5OfMessageAttributes: String? = nil,
        eventSource: String = "aws:sqs",
        eventSourceARN: String,
        awsRegion: String
    ) {
        self.messageId = messageId
        self.receiptHandle = receiptHandle
        self.body = body
        self.attributes = attributes
        self.messageAttributes = messageAttributes
        self.md5OfBody = md5OfBody
        self.md5OfMessageAttributes = md5OfMessageAttributes
        self.eventSource = eventSource
        self.eventSourceARN = eventSourceARN
        self.awsRegion = awsRegion
    }

    /// How often SQS has handed this message out, this delivery included; the final attempt is the
    /// one where it equals the queue's `maxReceiveCount`.
    package var approximateReceiveCount: Int? {
        attributes["ApproximateReceiveCount"].flatMap { Int($0) }
    }
}

/// A typed message attribute; binary values stay base64 text as they arrive.
package struct SQSMessageAttribute: Codable, Sendable, Equatable {
    package var dataType: String
    package var stringValue: String?
    package var binaryValue: String?
    package var stringListValues: [String]?
    package var binaryListValues: [String]?

    package init(dataType: String, stringValue: String? = nil, binaryValue: String? = nil) {
        self.dataType = dataType
        self.stringValue = stringValue
        self.binaryValue = binaryValue
        self.stringListValues = []
        self.binaryListValues = []
    }
}
