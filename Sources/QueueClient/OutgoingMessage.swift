import SQSWire

/// A message to send: the body plus the optional per-message settings SendMessage takes.
package struct OutgoingMessage: Sendable {
    package var body: String
    package var attributes: [String: MessageAttributeValue]
    /// Only `AWSTraceHeader` is defined by SQS.
    package var systemAttributes: [String: MessageAttributeValue]
    package var delaySeconds: Int?
    /// FIFO queues (and fair standard queues): the group.
    package var messageGroupID: String?
    package var messageDeduplicationID: String?

    package init(
        body: String,
        attributes: [String: MessageAttributeValue] = [:],
        systemAttributes: [String: MessageAttributeValue] = [:],
        delaySeconds: Int? = nil,
        messageGroupID: String? = nil,
        messageDeduplicationID: String? = nil
    ) {
        self.body = body
        self.attributes = attributes
        self.systemAttributes = systemAttributes
        self.delaySeconds = delaySeconds
        self.messageGroupID = messageGroupID
        self.messageDeduplicationID = messageDeduplicationID
    }

    /// The bytes SQS counts against its size limits: the body and every attribute's name, type and value.
    package var payloadSize: Int {
        body.utf8.count + attributes.reduce(0) { $0 + $1.value.payloadSize(name: $1.key) }
    }
}
