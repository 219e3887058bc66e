/// A move task as ListMessageMoveTasks reports it.
public struct MoveTaskSummary: Sendable {
    public let taskHandle: String?
    public let status: String
    public let sourceArn: String
    public let destinationArn: String?
    public let maxNumberOfMessagesPerSecond: Int?
    public let approximateNumberOfMessagesMoved: Int
    public let approximateNumberOfMessagesToMove: Int
    public let startedTimestamp: Int64
    public let failureReason: String?
}
