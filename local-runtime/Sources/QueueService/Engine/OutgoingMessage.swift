import SQSWire

/// A message to send, already parsed and checked for content.
package struct OutgoingMessage: Sendable {
    package var body: String
    package var attributes: [String: MessageAttributeValue]
    package var delaySeconds: Int?
    package var traceHeader: String?
    package var groupId: String?
    package var deduplicationId: String?

    package init(
        body: String, attributes: [String: MessageAttributeValue] = [:], delaySeconds: Int? = nil,
        traceHeader: String? = nil, groupId: String? = nil, deduplicationId: String? = nil
    ) {
        self.body = body
        self.attributes = attributes
        self.delaySeconds = delaySeconds
        self.traceHeader = traceHeader
        self.groupId = groupId
        self.deduplicationId = deduplicationId
    }

    /// Bytes counted against MaximumMessageSize: the body plus every attribute's name, type and value.
    package var payloadSize: Int {
        attributes.reduce(body.utf8.count) { $0 + $1.value.payloadSize(name: $1.key) }
    }
}
