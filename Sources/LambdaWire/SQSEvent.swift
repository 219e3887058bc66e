/// The batch of queue messages a Lambda SQS event source mapping delivers to one invocation.
public struct SQSEvent: Codable, Sendable, Equatable {
    public var records: [SQSMessage]

    public init(records: [SQSMessage]) {
        self.records = records
    }

    enum CodingKeys: String, CodingKey {
        case records = "Records"
    }
}

/// One record of an `SQSEvent`. Attribute values are strings on the wire, timestamps included.
public struct SQSMessage: Codable, Sendable, Equatable {
    public var messageId: String
    public var receiptHandle: String
    public var body: String
    public var attributes: [String: String]
    public var messageAttributes: [String: SQSMessageAttribute]
    public var md5OfBody: String
    public var md5OfMessageAttributes: String?
    public var eventSource: String
    public var eventSourceARN: String
    public var awsRegion: String

    public init(
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
    public var approximateReceiveCount: Int? {
        attributes["ApproximateReceiveCount"].flatMap { Int($0) }
    }
}

/// A typed message attribute; binary values stay base64 text as they arrive.
public struct SQSMessageAttribute: Codable, Sendable, Equatable {
    public var dataType: String
    public var stringValue: String?
    public var binaryValue: String?
    public var stringListValues: [String]?
    public var binaryListValues: [String]?

    public init(dataType: String, stringValue: String? = nil, binaryValue: String? = nil) {
        self.dataType = dataType
        self.stringValue = stringValue
        self.binaryValue = binaryValue
        self.stringListValues = []
        self.binaryListValues = []
    }
}
