/// What one ReceiveMessage asks for.
public struct ReceiveRequest: Sendable {
    public var queue: String
    public var maxMessages: Int
    public var visibilityTimeout: Int?
    public var waitSeconds: Int?
    /// ReceiveRequestAttemptId: on a FIFO queue, a retry with the same id gets the same messages.
    public var attemptId: String?

    public init(queue: String, maxMessages: Int = 1, visibilityTimeout: Int? = nil, waitSeconds: Int? = nil, attemptId: String? = nil) {
        self.queue = queue
        self.maxMessages = maxMessages
        self.visibilityTimeout = visibilityTimeout
        self.waitSeconds = waitSeconds
        self.attemptId = attemptId
    }
}
