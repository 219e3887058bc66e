/// What SQS returns for an accepted message.
public struct SentMessage: Sendable, Equatable {
    public var messageID: String
    public var md5OfMessageBody: String
    public var md5OfMessageAttributes: String?
    /// FIFO queues only.
    public var sequenceNumber: String?

    public init(messageID: String, md5OfMessageBody: String, md5OfMessageAttributes: String? = nil, sequenceNumber: String? = nil) {
        self.messageID = messageID
        self.md5OfMessageBody = md5OfMessageBody
        self.md5OfMessageAttributes = md5OfMessageAttributes
        self.sequenceNumber = sequenceNumber
    }
}
