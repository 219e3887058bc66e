/// The outcome of a batch call over all its requests: entries that succeeded and entries that failed
/// for good (sender faults, or server faults that stayed after the retries).
package struct BatchResult<Success: Sendable>: Sendable {
    package var successful: [Success]
    package var failed: [BatchEntryFailure]

    package init(successful: [Success] = [], failed: [BatchEntryFailure] = []) {
        self.successful = successful
        self.failed = failed
    }

    package var allSucceeded: Bool { failed.isEmpty }
}

/// One failed entry of a batch, as SQS reports it.
package struct BatchEntryFailure: Sendable, Equatable {
    package var id: String
    package var code: String
    package var message: String?
    /// True when the entry itself is wrong; false when SQS failed and a retry may succeed.
    package var senderFault: Bool

    package init(id: String, code: String, message: String? = nil, senderFault: Bool) {
        self.id = id
        self.code = code
        self.message = message
        self.senderFault = senderFault
    }
}

/// A message in a SendMessageBatch call; `id` is unique within the call (≤ 80 of `[A-Za-z0-9_-]`).
package struct SendBatchEntry: Sendable {
    package var id: String
    package var message: OutgoingMessage

    package init(id: String, message: OutgoingMessage) {
        self.id = id
        self.message = message
    }
}

/// An accepted entry of a SendMessageBatch call.
package struct SentBatchEntry: Sendable, Equatable {
    package var id: String
    package var message: SentMessage

    package init(id: String, message: SentMessage) {
        self.id = id
        self.message = message
    }
}

/// A message to delete in a DeleteMessageBatch call.
package struct ReceiptEntry: Sendable {
    package var id: String
    package var receiptHandle: String

    package init(id: String, receiptHandle: String) {
        self.id = id
        self.receiptHandle = receiptHandle
    }
}

/// A visibility change in a ChangeMessageVisibilityBatch call.
package struct VisibilityChange: Sendable {
    package var id: String
    package var receiptHandle: String
    package var visibilityTimeout: Int

    package init(id: String, receiptHandle: String, visibilityTimeout: Int) {
        self.id = id
        self.receiptHandle = receiptHandle
        self.visibilityTimeout = visibilityTimeout
    }
}
