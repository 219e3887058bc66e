import SQSWire

/// Sending, receiving, deleting and hiding single messages.
extension QueueClient {
    package func sendMessage(to queueURL: String, _ message: OutgoingMessage) async throws(QueueClientError) -> SentMessage {
        let output = try await call(.sendMessage, SendMessageRequest(queueURL: queueURL, message), as: SendMessageResult.self)
        let sent = SentMessage(
            messageID: output.messageId, md5OfMessageBody: output.md5OfMessageBody,
            md5OfMessageAttributes: output.md5OfMessageAttributes, sequenceNumber: output.sequenceNumber)
        if configuration.verifyChecksums {
            try ChecksumVerification.verify(sent: sent, for: message)
        }
        return sent
    }

    package func sendMessage(to queueURL: String, body: String) async throws(QueueClientError) -> SentMessage {
        try await sendMessage(to: queueURL, OutgoingMessage(body: body))
    }

    /// Returns the messages available (possibly none, possibly fewer than asked for: SQS samples).
    package func receiveMessages(from queueURL: String, _ options: ReceiveOptions = ReceiveOptions()) async throws(QueueClientError) -> [ReceivedMessage] {
        let wait = Duration.seconds(options.waitTimeSeconds ?? 20)
        let output = try await call(
            .receiveMessage, ReceiveMessageRequest(queueURL: queueURL, options), as: ReceiveMessageResult.self, extraWait: wait)
        let messages = (output.messages ?? []).map { message in
            ReceivedMessage(
                messageID: message.messageId, receiptHandle: message.receiptHandle, body: message.body, md5OfBody: message.md5OfBody,
                attributes: message.attributes ?? [:], messageAttributes: message.messageAttributes ?? [:],
                md5OfMessageAttributes: message.md5OfMessageAttributes)
        }
        if configuration.verifyChecksums {
            for message in messages {
                try ChecksumVerification.verify(received: message)
            }
        }
        return messages
    }

    package func deleteMessage(from queueURL: String, receiptHandle: String) async throws(QueueClientError) {
        _ = try await call(.deleteMessage, DeleteMessageInput(QueueUrl: queueURL, ReceiptHandle: receiptHandle), as: EmptyOutput.self)
    }

    /// Makes an in-flight message visible again after `visibilityTimeout` seconds from now (0: at once).
    package func changeMessageVisibility(in queueURL: String, receiptHandle: String, visibilityTimeout: Int) async throws(QueueClientError) {
        _ = try await call(
            .changeMessageVisibility,
            ChangeMessageVisibilityInput(QueueUrl: queueURL, ReceiptHandle: receiptHandle, VisibilityTimeout: visibilityTimeout),
            as: EmptyOutput.self)
    }
}
