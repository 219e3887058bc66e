import CurlHTTP
import Foundation
import QueueClient
import TimeUnits

/// Redrive of a whole dead-letter queue with StartMessageMoveTask (the service moves the messages,
/// back to each one's source queue or to `destinationARN`), progress polled with ListMessageMoveTasks.
struct MoveTaskRedrive {
    let dlq: DeadLetterQueue
    let sourceARN: String
    let destinationARN: String?
    let rate: Int?
    var pollInterval: Duration = .milliseconds(250)

    func run(expected: Int) async throws(QueueClientError) -> RedriveSummary {
        let start = ContinuousClock.now
        let startedAt = Date().millisecondsSince1970
        let handle = try await dlq.client.startMessageMoveTask(
            sourceARN: sourceARN, destinationARN: destinationARN, maxNumberOfMessagesPerSecond: rate)
        let progress = RedriveProgress(label: "redrive \(dlq.name)")
        var summary = RedriveSummary(queue: dlq.name, method: "move-task", status: "RUNNING", moved: 0, toMove: expected)
        while true {
            let tasks = try await dlq.client.listMessageMoveTasks(sourceARN: sourceARN, maxResults: 10)
            // The handle is listed while the task runs; after that, the newest task started since ours began.
            let task = tasks.first { $0.taskHandle == handle }
                ?? tasks.first { ($0.startedTimestamp ?? 0) >= Int(startedAt) - 5000 }
            if let task {
                summary.status = task.status
                summary.moved = task.approximateNumberOfMessagesMoved ?? summary.moved
                summary.toMove = task.approximateNumberOfMessagesToMove ?? summary.toMove
                summary.failureReason = task.failureReason
                progress.update(moved: summary.moved, of: summary.toMove)
                if task.status != "RUNNING" && task.status != "CANCELLING" { break }
            }
            guard await waitUnlessCancelled(for: pollInterval) else { break }
        }
        progress.finish()
        let elapsed = ContinuousClock.now - start
        summary.seconds = elapsed.fractionalMilliseconds / 1000
        return summary
    }

    /// The service has no move tasks (moto_server, older emulators): the caller falls back to send-then-delete.
    /// Besides the codes for an unknown action, an error without an SQS error shape (moto answers an
    /// HTML 500 page) means the server does not speak the action.
    static func unsupported(_ error: QueueClientError) -> Bool {
        switch error {
        case .service(let service):
            return service.is(.unsupportedOperation) || service.is(.invalidAction)
                || ["UnknownOperationException", "InvalidAction", "NotImplemented"].contains(service.code)
                || service.status == 404 || service.status == 501 || service.code == "HTTP\(service.status)"
        case .invalidResponse:
            return true
        default:
            return false
        }
    }
}
