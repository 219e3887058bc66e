import SQSWire

/// A message as ReceiveMessage hands it out.
package struct ReceivedMessage: Sendable, Equatable {
    package var messageID: String
    /// Needed to delete the message or change its visibility; each receive gives a new one.
    package var receiptHandle: String
    package var body: String
    package var md5OfBody: String
    /// System attributes that were asked for (`SentTimestamp`, `ApproximateReceiveCount`, …).
    package var attributes: [String: String]
    /// Message attributes that were asked for.
    package var messageAttributes: [String: MessageAttributeValue]
    package var md5OfMessageAttributes: String?

    package init(
        messageID: String,
        receiptHandle: String,
        body: String,
        md5OfBody: String,
        attributes: [String: String] = [:],
        messageAttributes: [String: MessageAttributeValue] = [:],
        md5OfMessageAttributes: String? = nil
    ) {
        self.messageID = messageID
        self.receiptHandle = receiptHandle
        self.body = body
        self.md5OfBody = md5OfBody
        self.attributes = attributes
        self.messageAttributes = messageAttributes
        self.md5OfMessageAttributes = md5OfMessageAttributes
    }

    /// How often the message has been received, when `ApproximateReceiveCount` was asked for.
    package var approximateReceiveCount: Int? { attributes["ApproximateReceiveCount"].flatMap { Int($0) } }
}
