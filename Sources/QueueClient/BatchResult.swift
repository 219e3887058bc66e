/// The outcome of a batch call over all its requests: entries that succeeded and entries that failed
/// for good (sender faults, or server faults that stayed after the retries).
public struct BatchResult<Success: Sendable>: Sendable {
    public var successful: [Success]
    public var failed: [BatchEntryFailure]

    public init(successful: [Success] = [], failed: [BatchEntryFailure] = []) {
        self.successful = successful
        self.failed = failed
    }

    public var allSucceeded: Bool { failed.isEmpty }
}

/// One failed entry of a batch, as SQS reports it.
public struct BatchEntryFailure: Sendable, Equatable {
    public var id: String
    public var code: String
    public var message: String?
    /// True when the entry itself is wrong; false when SQS failed and a retry may succeed.
    public var senderFault: Bool

    public init(id: String, code: String, message: String? = nil, senderFault: Bool) {
        self.id = id
        self.code = code
        self.message = message
        self.senderFault = senderFault
    }
}

/// A message in a SendMessageBatch call; `id` is unique within the call (≤ 80 of `[A-Za-z0-9_-]`).
public struct SendBatchEntry: Sendable {
    public var id: String
    public var message: OutgoingMessage

    public init(id: String, message: OutgoingMessage) {
        self.id = id
        self.message = message
    }
}

/// An accepted entry of a SendMessageBatch call.
public struct SentBatchEntry: Sendable, Equatable {
    public var id: String
    public var message: SentMessage

    public init(id: String, message: SentMessage) {
        self.id = id
        self.message = message
    }
}

/// A message to delete in a DeleteMessageBatch call.
public struct ReceiptEntry: Sendable {
    public var id: String
    public var receiptHandle: String

    public init(id: String, receiptHandle: String) {
        self.id = id
        self.receiptHandle = receiptHandle
    }
}

/// A visibility change in a ChangeMessageVisibilityBatch call.
public struct VisibilityChange: Sendable {
    public var id: String
    public var receiptHandle: String
    public var visibilityTimeout: Int

    public init(id: String, receiptHandle: String, visibilityTimeout: Int) {
        self.id = id
        self.receiptHandle = receiptHandle
        self.visibilityTimeout = visibilityTimeout
    }
}
