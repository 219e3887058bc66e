import LambdaWire
import TaskStore

/// What a stage made of one batch: the answer for the event source, and how many records failed on
/// their last attempt (their versions are marked failed; the queue moves them to its dead-letter queue).
package struct StageBatchOutcome: Sendable, Equatable {
    package var response: SQSBatchResponse
    package var deadLettered: Int

    package init(response: SQSBatchResponse, deadLettered: Int) {
        self.response = response
        self.deadLettered = deadLettered
    }
}
