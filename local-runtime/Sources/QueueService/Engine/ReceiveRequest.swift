/// What one ReceiveMessage asks for.
public struct ReceiveRequest: Sendable {
    public var queue: String
    public var maxMessages: Int
    public var visibilityTimeout: Int?
    public var waitSeconds: Int?

    public init(queue: String, maxMessages: Int = 1, visibilityTimeout: Int? = nil, waitSeconds: Int? = nil) {
        self.queue = queue
        self.maxMessages = maxMessages
        self.visibilityTimeout = visibilityTimeout
        self.waitSeconds = waitSeconds
    }
}
