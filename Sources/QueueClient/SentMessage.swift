/// What SQS returns for an accepted message.
package struct SentMessage: Sendable, Equatable {
    package var messageID: String
    package var md5OfMessageBody: String
    package var md5OfMessageAttributes: String?
    /// FIFO queues only.
    package var sequenceNumber: String?

    package init(messageID: String, md5OfMessageBody: String, md5OfMessageAttributes: String? = nil, sequenceNumber: String? = nil) {
        self.messageID = messageID
        self.md5OfMessageBody = md5OfMessageBody
        self.md5OfMessageAttributes = md5OfMessageAttributes
        self.sequenceNumber = sequenceNumber
    }
}
