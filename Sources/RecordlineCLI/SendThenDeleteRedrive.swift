import CurlHTTP
import Foundation
import QueueClient
import TimeUnits

/// Redrive of selected messages: each is sent to its source queue and deleted from the dead-letter
/// queue only once the send succeeded, so a failure at any point loses nothing (at worst a message is
/// in both queues, and the stage's claim absorbs the duplicate). Messages not selected are held while
/// the queue is scanned and released at the end.
struct SendThenDeleteRedrive {
    let dlq: DeadLetterQueue
    let select: (ReceivedMessage) -> Bool
    /// Where a message goes: `--to`, else its `DeadLetterQueueSourceArn`, else the only source queue.
    let destination: (ReceivedMessage) async throws -> String
    let pacer: RatePacer
    /// Stop scanning once this holds for the messages moved so far (all requested ids found).
    var done: (Set<String>) -> Bool = { _ in false }
    var limit = Int.max
    var holdSeconds = 120

    func run(expected: Int?) async throws -> RedriveSummary {
        let client = dlq.client
        let start = ContinuousClock.now
        let progress = RedriveProgress(label: "redrive \(dlq.name)")
        var summary = RedriveSummary(queue: dlq.name, method: "send-then-delete", status: "RUNNING", moved: 0, toMove: expected)
        var held: [String: ReceivedMessage] = [:]
        var movedIDs: Set<String> = []
        do {
            scan: while movedIDs.count < limit {
                let batch = try await client.receiveMessages(from: dlq.url, ReceiveOptions(
                    maxNumberOfMessages: min(pacer.batchSize, limit - movedIDs.count), waitTimeSeconds: 1, visibilityTimeout: holdSeconds,
                    systemAttributeNames: ["All"], messageAttributeNames: ["All"]))
                if batch.isEmpty { break }
                var byDestination: [String: [ReceivedMessage]] = [:]
                for message in batch {
                    if select(message) {
                        let target = try await destination(message)
                        byDestination[target, default: []].append(message)
                        held[message.messageID] = nil
                    } else {
                        held[message.messageID] = message
                    }
                }
                for (queueURL, messages) in byDestination.sorted(by: { $0.key < $1.key }) {
                    let wait = pacer.delay(sent: movedIDs.count, elapsed: ContinuousClock.now - start)
                    if wait > .zero, !(await waitUnlessCancelled(for: wait)) { break scan }
                    let moved = try await move(messages, to: queueURL, summary: &summary)
                    movedIDs.formUnion(moved)
                    // What did not move stays in the dead-letter queue and is released with the rest.
                    for message in messages where !moved.contains(message.messageID) { held[message.messageID] = message }
                    progress.update(moved: movedIDs.count, of: summary.toMove, failed: summary.sendFailed + summary.deleteFailed)
                    if done(movedIDs) { break scan }
                }
            }
        } catch {
            await dlq.peek(holdSeconds: holdSeconds).release(Array(held.values))
            progress.finish()
            throw error
        }
        await dlq.peek(holdSeconds: holdSeconds).release(Array(held.values))
        progress.finish()
        summary.moved = movedIDs.count
        summary.movedIDs = movedIDs
        summary.status = "COMPLETED"
        let elapsed = ContinuousClock.now - start
        summary.seconds = elapsed.fractionalMilliseconds / 1000
        return summary
    }

    /// Sends the messages as a batch, then deletes from the dead-letter queue exactly those the send
    /// took. Returns the ids moved (sent and deleted).
    private func move(_ messages: [ReceivedMessage], to queueURL: String, summary: inout RedriveSummary) async throws -> [String] {
        let client = dlq.client
        let entries = messages.enumerated().map { index, message in
            SendBatchEntry(id: "m\(index)", message: OutgoingMessage(body: message.body, attributes: message.messageAttributes))
        }
        let sent = try await client.sendMessageBatch(to: queueURL, entries)
        summary.sendFailed += sent.failed.count
        let sentIndexes = sent.successful.compactMap { Int($0.id.dropFirst()) }
        guard !sentIndexes.isEmpty else { return [] }
        let receipts = sentIndexes.map { ReceiptEntry(id: "m\($0)", receiptHandle: messages[$0].receiptHandle) }
        let deleted: BatchResult<String>
        do {
            deleted = try await client.deleteMessageBatch(from: dlq.url, receipts)
        } catch {
            summary.deleteFailed += receipts.count
            throw error
        }
        summary.deleteFailed += deleted.failed.count
        return deleted.successful.compactMap { Int($0.dropFirst()) }.map { messages[$0].messageID }
    }
}
