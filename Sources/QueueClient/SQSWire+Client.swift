import SQSWire

// The client's own values as the SQSWire shapes shared with the queue service.

extension SendMessageRequest {
    init(queueURL: String, _ message: OutgoingMessage) {
        self.init(
            queueUrl: queueURL, messageBody: message.body, delaySeconds: message.delaySeconds,
            messageAttributes: message.attributes.isEmpty ? nil : message.attributes,
            messageSystemAttributes: message.systemAttributes.isEmpty ? nil : message.systemAttributes,
            messageGroupId: message.messageGroupID, messageDeduplicationId: message.messageDeduplicationID)
    }
}

extension SendMessageBatchRequest.Entry {
    init(_ entry: SendBatchEntry) {
        let message = entry.message
        self.init(
            id: entry.id, messageBody: message.body, delaySeconds: message.delaySeconds,
            messageAttributes: message.attributes.isEmpty ? nil : message.attributes,
            messageSystemAttributes: message.systemAttributes.isEmpty ? nil : message.systemAttributes,
            messageGroupId: message.messageGroupID, messageDeduplicationId: message.messageDeduplicationID)
    }
}

extension ReceiveMessageRequest {
    init(queueURL: String, _ options: ReceiveOptions) {
        let systemNames = options.systemAttributeNames.isEmpty ? nil : options.systemAttributeNames
        // Sent under both names: older servers read the deprecated one.
        self.init(
            queueUrl: queueURL, maxNumberOfMessages: options.maxNumberOfMessages, visibilityTimeout: options.visibilityTimeout,
            waitTimeSeconds: options.waitTimeSeconds, messageSystemAttributeNames: systemNames, attributeNames: systemNames,
            messageAttributeNames: options.messageAttributeNames.isEmpty ? nil : options.messageAttributeNames,
            receiveRequestAttemptId: options.receiveRequestAttemptID)
    }
}

extension BatchResultError {
    var failure: BatchEntryFailure {
        BatchEntryFailure(id: id, code: code, message: message, senderFault: senderFault)
    }
}
