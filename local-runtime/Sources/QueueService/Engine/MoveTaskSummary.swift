/// A move task as ListMessageMoveTasks reports it.
package struct MoveTaskSummary: Sendable {
    package let taskHandle: String?
    package let status: String
    package let sourceArn: String
    package let destinationArn: String?
    package let maxNumberOfMessagesPerSecond: Int?
    package let approximateNumberOfMessagesMoved: Int
    package let approximateNumberOfMessagesToMove: Int
    package let startedTimestamp: Int64
    package let failureReason: String?
}
