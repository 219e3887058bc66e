import SQSWire

/// One message held by a queue; it lives in the engine's locked state and never leaves it.
final class StoredMessage {
    enum State {
        case visible
        case delayed
        case inFlight
    }

    let seq: Int64
    let messageId: String
    let body: String
    let bodyMD5: String
    let attributes: [String: MessageAttributeValue]
    let traceHeader: String?
    let sentTimestamp: Int64
    let groupId: String?
    let deduplicationId: String?
    /// A copy made by fault injection; never copied again.
    let isInjectedDuplicate: Bool
    var state: State
    var visibleAt: Int64
    var receiveCount: Int
    var firstReceiveTimestamp: Int64?
    var deadLetterSourceArn: String?

    init(
        seq: Int64, messageId: String, body: String, bodyMD5: String, attributes: [String: MessageAttributeValue],
        traceHeader: String?, sentTimestamp: Int64, groupId: String?, deduplicationId: String?,
        isInjectedDuplicate: Bool, state: State, visibleAt: Int64, receiveCount: Int,
        firstReceiveTimestamp: Int64?, deadLetterSourceArn: String?
    ) {
        self.seq = seq
        self.messageId = messageId
        self.body = body
        self.bodyMD5 = bodyMD5
        self.attributes = attributes
        self.traceHeader = traceHeader
        self.sentTimestamp = sentTimestamp
        self.groupId = groupId
        self.deduplicationId = deduplicationId
        self.isInjectedDuplicate = isInjectedDuplicate
        self.state = state
        self.visibleAt = visibleAt
        self.receiveCount = receiveCount
        self.firstReceiveTimestamp = firstReceiveTimestamp
        self.deadLetterSourceArn = deadLetterSourceArn
    }
}
