import SQSWire

/// Compares the digests SQS returns with the content, as the AWS SDKs that verify them do.
enum ChecksumVerification {
    static func verify(sent: SentMessage, for message: OutgoingMessage) throws(QueueClientError) {
        try check("MD5OfMessageBody", messageID: sent.messageID, expected: MessageDigest.md5(ofBody: message.body), received: sent.md5OfMessageBody)
        if let expected = MessageDigest.md5(ofAttributes: message.attributes) {
            try check("MD5OfMessageAttributes", messageID: sent.messageID, expected: expected, received: sent.md5OfMessageAttributes)
        }
    }

    static func verify(received message: ReceivedMessage) throws(QueueClientError) {
        try check("MD5OfBody", messageID: message.messageID, expected: MessageDigest.md5(ofBody: message.body), received: message.md5OfBody)
        // SQS digests only the attributes it returns, and omits the digest when it returns none.
        if let expected = MessageDigest.md5(ofAttributes: message.messageAttributes) {
            try check(
                "MD5OfMessageAttributes", messageID: message.messageID, expected: expected, received: message.md5OfMessageAttributes)
        }
    }

    private static func check(_ field: String, messageID: String, expected: String, received: String?) throws(QueueClientError) {
        guard let received, received.lowercased() == expected else {
            throw .checksumMismatch(field: field, messageID: messageID, expected: expected, received: received ?? "nothing")
        }
    }
}
