/// What SendMessage returns for one message.
package struct SentMessage: Sendable {
    package let messageId: String
    package let bodyMD5: String
    package let attributesMD5: String?
    package let systemAttributesMD5: String?
    package let sequenceNumber: String?
}
