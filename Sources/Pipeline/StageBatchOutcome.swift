import LambdaWire
import TaskStore

/// What a stage made of one batch: the answer for the event source, and how many records failed on
/// their last attempt (their versions are marked failed; the queue moves them to its dead-letter queue).
public struct StageBatchOutcome: Sendable, Equatable {
    public var response: SQSBatchResponse
    public var deadLettered: Int

    public init(response: SQSBatchResponse, deadLettered: Int) {
        self.response = response
        self.deadLettered = deadLettered
    }
}
