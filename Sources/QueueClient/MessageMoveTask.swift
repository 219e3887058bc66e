/// A dead-letter redrive task as ListMessageMoveTasks reports it.
public struct MessageMoveTask: Sendable, Equatable, Decodable {
    /// Present while the task runs; CancelMessageMoveTask takes it.
    public var taskHandle: String?
    /// RUNNING, COMPLETED, CANCELLING, CANCELLED or FAILED.
    public var status: String
    public var sourceARN: String
    public var destinationARN: String?
    public var maxNumberOfMessagesPerSecond: Int?
    public var approximateNumberOfMessagesMoved: Int?
    public var approximateNumberOfMessagesToMove: Int?
    /// Epoch milliseconds.
    public var startedTimestamp: Int?
    public var failureReason: String?

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
