import TaskStore

/// What the on-call person needs when a version is marked failed on its last attempt and its message
/// goes to the dead-letter queue.
package struct FailureAlert: Sendable, Equatable, Encodable {
    package var taskId: String
    package var stage: PipelineStage
    /// The versions marked failed: one for refine and finalize, every version for the draft stage.
    package var versions: [Int]
    package var reason: String
    package var messageId: String
    package var receiveCount: Int
    /// The dead-letter queue's name, when the function was told it.
    package var deadLetterQueue: String?

    package init(
        taskId: String, stage: PipelineStage, versions: [Int], reason: String, messageId: String, receiveCount: Int,
        deadLetterQueue: String?
    ) {
        self.taskId = taskId
        self.stage = stage
        self.versions = versions
        self.reason = reason
        self.messageId = messageId
        self.receiveCount = receiveCount
        self.deadLetterQueue = deadLetterQueue
    }
}

/// Where alerts go besides the log (a webhook in the functions). The stage awaits the send before
/// answering the batch, so an implementation gives up by `deadline` (and sooner by its own budget).
package protocol FailureAlerting: Sendable {
    func send(_ alert: FailureAlert, before deadline: ContinuousClock.Instant) async
}
