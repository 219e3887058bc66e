/// A dead-letter redrive task as ListMessageMoveTasks reports it.
package struct MessageMoveTask: Sendable, Equatable, Decodable {
    /// Present while the task runs; CancelMessageMoveTask takes it.
    package var taskHandle: String?
    /// RUNNING, COMPLETED, CANCELLING, CANCELLED or FAILED.
    package var status: String
    package var sourceARN: String
    package var destinationARN: String?
    package var maxNumberOfMessagesPerSecond: Int?
    package var approximateNumberOfMessagesMoved: Int?
    package var approximateNumberOfMessagesToMove: Int?
    /// Epoch milliseconds.
    package var startedTimestamp: Int?
    package var failureReason: String?

    enum CodingKeys: String, CodingKey {
        case taskHandle = "TaskHandle"
        case status = "Status"
        case sourceARN = "SourceArn"
        case destinationARN = "DestinationArn"
        case maxNumberOfMessagesPerSecond = "MaxNumberOfMessagesPerSecond"
        case approximateNumberOfMessagesMoved = "ApproximateNumberOfMessagesMoved"
        case approximateNumberOfMessagesToMove = "ApproximateNumberOfMessagesToMove"
        case startedTimestamp = "StartedTimestamp"
        case failureReason = "FailureReason"
    }
}
