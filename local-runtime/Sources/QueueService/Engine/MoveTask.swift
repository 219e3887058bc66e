import Foundation

/// A message move task: moves a dead-letter queue's messages back to their sources or to one destination.
final class MoveTask {
    enum Status: String {
        case running = "RUNNING"
        case completed = "COMPLETED"
        case cancelling = "CANCELLING"
        case cancelled = "CANCELLED"
        case failed = "FAILED"
    }

    let taskId: String
    let sourceArn: String
    let destinationArn: String?
    let maxPerSecond: Int?
    let toMove: Int
    let startedTimestamp: Int64
    var moved = 0
    var status = Status.running
    var failureReason: String?

    init(taskId: String, sourceArn: String, destinationArn: String?, maxPerSecond: Int?, toMove: Int, startedTimestamp: Int64) {
        self.taskId = taskId
        self.sourceArn = sourceArn
        self.destinationArn = destinationArn
        self.maxPerSecond = maxPerSecond
        self.toMove = toMove
        self.startedTimestamp = startedTimestamp
    }

    /// The handle SQS gives out: base64 of `{"taskId":…,"sourceArn":…}`.
    var handle: String {
        let object = ["taskId": taskId, "sourceArn": sourceArn]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return data.base64EncodedString()
    }

    /// Splits a handle into task id and source ARN, or nil when it is not one.
    static func parse(handle: String) -> (taskId: String, sourceArn: String)? {
        guard let data = Data(base64Encoded: handle),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let taskId = object["taskId"] as? String, let sourceArn = object["sourceArn"] as? String
        else { return nil }
        return (taskId, sourceArn)
    }
}
