/// Sending, receiving, deleting and hiding single messages.
extension QueueClient {
    public func sendMessage(to queueURL: String, _ message: OutgoingMessage) async throws(QueueClientError) -> SentMessage {
        let output = try await call(.sendMessage, SendMessageInput(queueURL: queueURL, message), as: SendMessageOutput.self)
        let sent = output.sent
        if configuration.verifyChecksums {
            try ChecksumVerification.verify(sent: sent, for: message)
        }
        return sent
    }

    public func sendMessage(to queueURL: String, body: String) async throws(QueueClientError) -> SentMessage {
        try await sendMessage(to: queueURL, OutgoingMessage(body: body))
    }

    /// Returns the messages available (possibly none, possibly fewer than asked for: SQS samples).
    public func receiveMessages(from queueURL: String, _ options: ReceiveOptions = ReceiveOptions()) async throws(QueueClientError) -> [ReceivedMessage] {
        let wait = Duration.seconds(options.waitTimeSeconds ?? 20)
        let output = try await call(
            .receiveMessage, ReceiveMessageInput(queueURL: queueURL, options), as: ReceiveMessageOutput.self, extraWait: wait)
        let messages = (output.Messages ?? []).map(\.received)
        if configuration.verifyChecksums {
            for message in messages {
                try ChecksumVerification.verify(received: message)
            }
        }
        return messages
    }

    public func deleteMessage(from queueURL: String, receiptHandle: String) async throws(QueueClientError) {
        _ = try await call(.deleteMessage, DeleteMessageInput(QueueUrl: queueURL, ReceiptHandle: receiptHandle), as: EmptyOutput.self)
    }

    /// Makes an in-flight message visible again after `visibilityTimeout` seconds from now (0: at once).
    public func changeMessageVisibility(in queueURL: String, receiptHandle: String, visibilityTimeout: Int) async throws(QueueClientError) {
        _ = try await call(
            .changeMessageVisibility,
            ChangeMessageVisibilityInput(QueueUrl: queueURL, ReceiptHandle: receiptHandle, VisibilityTimeout: visibilityTimeout),
            as: EmptyOutput.self)
    }
}
