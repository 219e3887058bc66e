import SQSWire

/// A message to send, already parsed and checked for content.
public struct OutgoingMessage: Sendable {
    public var body: String
    public var attributes: [String: MessageAttributeValue]
    public var delaySeconds: Int?
    public var traceHeader: String?
    public var groupId: String?
    public var deduplicationId: String?

    public init(
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
    public var payloadSize: Int {
        attributes.reduce(body.utf8.count) { $0 + $1.value.payloadSize(name: $1.key) }
    }
}
