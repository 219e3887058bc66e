import Pipeline
import QueueClient

/// The pipeline's queue seam on the SQS client: one message with SendMessage, several in batches.
struct SQSQueueSender: QueueSending {
    let client: QueueClient

    func send(_ bodies: [String], to queueURL: String, delay: Duration) async throws {
        let seconds = Int(min(max(delay.components.seconds, 0), 900))
        let delaySeconds = seconds > 0 ? seconds : nil
        if bodies.count == 1 {
            _ = try await client.sendMessage(to: queueURL, OutgoingMessage(body: bodies[0], delaySeconds: delaySeconds))
            return
        }
        let entries = bodies.enumerated().map {
            SendBatchEntry(id: "m\($0.offset)", message: OutgoingMessage(body: $0.element, delaySeconds: delaySeconds))
        }
        let result = try await client.sendMessageBatch(to: queueURL, entries)
        if let failure = result.failed.first {
            // The whole send is retried; the entries that did go through are absorbed by claims.
            throw QueueSendFailure(count: result.failed.count, code: failure.code)
        }
    }
}

struct QueueSendFailure: Error, CustomStringConvertible {
    let count: Int
    let code: String
    var description: String { "\(count) message(s) of the batch were not sent (\(code))" }
}
