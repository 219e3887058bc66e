/// What SendMessage returns for one message.
public struct SentMessage: Sendable {
    public let messageId: String
    public let bodyMD5: String
    public let attributesMD5: String?
    public let systemAttributesMD5: String?
    public let sequenceNumber: String?
}
