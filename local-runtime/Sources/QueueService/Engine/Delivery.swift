import SQSWire

/// A message as one ReceiveMessage returns it, copied out of the engine.
package struct Delivery: Sendable {
    package let messageId: String
    package let receiptHandle: String
    package let body: String
    package let bodyMD5: String
    package let attributes: [String: MessageAttributeValue]
    package let traceHeader: String?
    package let sentTimestamp: Int64
    package let receiveCount: Int
    package let firstReceiveTimestamp: Int64
    package let deadLetterSourceArn: String?
    package let groupId: String?
    package let deduplicationId: String?
    package let sequenceNumber: String?
}
