/// What a ReceiveMessage call asks for.
package struct ReceiveOptions: Sendable {
    /// 1 to 10.
    package var maxNumberOfMessages: Int
    /// Long poll for up to this many seconds (0–20); nil uses the queue's `ReceiveMessageWaitTimeSeconds`.
    package var waitTimeSeconds: Int?
    /// Hides the received messages for this long instead of the queue's default.
    package var visibilityTimeout: Int?
    /// System attributes to return, e.g. `ApproximateReceiveCount`, or `All`.
    package var systemAttributeNames: [String]
    /// Message attributes to return: names, prefixes ending in `.*`, or `All`.
    package var messageAttributeNames: [String]
    /// FIFO queues: makes a retried receive return the same messages.
    package var receiveRequestAttemptID: String?

    package init(
        maxNumberOfMessages: Int = 1,
        waitTimeSeconds: Int? = nil,
        visibilityTimeout: Int? = nil,
        systemAttributeNames: [String] = [],
        messageAttributeNames: [String] = [],
        receiveRequestAttemptID: String? = nil
    ) {
        self.maxNumberOfMessages = maxNumberOfMessages
        self.waitTimeSeconds = waitTimeSeconds
        self.visibilityTimeout = visibilityTimeout
        self.systemAttributeNames = systemAttributeNames
        self.messageAttributeNames = messageAttributeNames
        self.receiveRequestAttemptID = receiveRequestAttemptID
    }
}
