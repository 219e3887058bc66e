/// What one ReceiveMessage asks for.
package struct ReceiveRequest: Sendable {
    package var queue: String
    package var maxMessages: Int
    package var visibilityTimeout: Int?
    package var waitSeconds: Int?
    /// ReceiveRequestAttemptId: on a FIFO queue, a retry with the same id gets the same messages.
    package var attemptId: String?

    package init(queue: String, maxMessages: Int = 1, visibilityTimeout: Int? = nil, waitSeconds: Int? = nil, attemptId: String? = nil) {
        self.queue = queue
        self.maxMessages = maxMessages
        self.visibilityTimeout = visibilityTimeout
        self.waitSeconds = waitSeconds
        self.attemptId = attemptId
    }
}
