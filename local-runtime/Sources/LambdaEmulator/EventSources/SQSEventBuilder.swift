import LambdaWire
import QueueService
import SQSWire

/// Builds the event Lambda's SQS event source mapping delivers: one record per message, attribute
/// values as strings, message attributes in Lambda's lower-camel shape.
struct SQSEventBuilder: Sendable {
    let queueARN: String
    let region: String
    /// Lambda reports the sender as the principal that sent the message; locally everything is one account.
    let senderID: String

    func record(_ delivery: Delivery) -> SQSMessage {
        var attributes = [
            "ApproximateReceiveCount": String(delivery.receiveCount),
            "SentTimestamp": String(delivery.sentTimestamp),
            "SenderId": senderID,
            "ApproximateFirstReceiveTimestamp": String(delivery.firstReceiveTimestamp),
        ]
        if let trace = delivery.traceHeader { attributes["AWSTraceHeader"] = trace }
        if let source = delivery.deadLetterSourceArn { attributes["DeadLetterQueueSourceArn"] = source }
        if let sequence = delivery.sequenceNumber { attributes["SequenceNumber"] = sequence }
        if let group = delivery.groupId { attributes["MessageGroupId"] = group }
        if let dedup = delivery.deduplicationId { attributes["MessageDeduplicationId"] = dedup }
        let messageAttributes = delivery.attributes.mapValues { value in
            SQSMessageAttribute(
                dataType: value.dataType, stringValue: value.isBinary ? nil : value.stringValue,
                binaryValue: value.isBinary ? value.binaryValue?.base64EncodedString() : nil)
        }
        return SQSMessage(
            messageId: delivery.messageId, receiptHandle: delivery.receiptHandle, body: delivery.body, attributes: attributes,
            messageAttributes: messageAttributes, md5OfBody: delivery.bodyMD5,
            md5OfMessageAttributes: delivery.attributes.isEmpty ? nil : MessageDigest.md5(ofAttributes: delivery.attributes),
            eventSourceARN: queueARN, awsRegion: region)
    }

    func event(_ deliveries: [Delivery]) -> SQSEvent {
        SQSEvent(records: deliveries.map(record))
    }
}
