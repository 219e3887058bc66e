import SQSWire

/// A message as one ReceiveMessage returns it, copied out of the engine.
public struct Delivery: Sendable {
    public let messageId: String
    public let receiptHandle: String
    public let body: String
    public let bodyMD5: String
    public let attributes: [String: MessageAttributeValue]
    public let traceHeader: String?
    public let sentTimestamp: Int64
    public let receiveCount: Int
    public let firstReceiveTimestamp: Int64
    public let deadLetterSourceArn: String?
    public let groupId: String?
    public let deduplicationId: String?
    public let sequenceNumber: String?
}
