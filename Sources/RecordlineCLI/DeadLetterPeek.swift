import QueueClient

/// Reads a dead-letter queue without consuming it: receives with a short visibility timeout (so a
/// crashed listing gives the messages back soon) and releases them at once afterwards with
/// ChangeMessageVisibility 0. A peek counts as a receive in `ApproximateReceiveCount`; dead-letter
/// queues have no redrive policy, so that has no consequence.
struct DeadLetterPeek {
    let client: QueueClient
    let queueURL: String
    /// Seconds the peeked messages stay hidden if they are never released.
    var holdSeconds = 30

    /// Messages in the queue, each once, up to `limit`, stopping early once `enough` holds.
    func collect(limit: Int, until enough: ([ReceivedMessage]) -> Bool = { _ in false }) async throws -> [ReceivedMessage] {
        var byID: [String: ReceivedMessage] = [:]
        var order: [String] = []
        do {
            while order.count < limit {
                let batch = try await client.receiveMessages(from: queueURL, ReceiveOptions(
                    maxNumberOfMessages: min(10, limit - order.count), waitTimeSeconds: 1, visibilityTimeout: holdSeconds,
                    systemAttributeNames: ["All"], messageAttributeNames: ["All"]))
                // A long poll that finds nothing means no visible message is left.
                if batch.isEmpty { break }
                for message in batch {
                    if byID[message.messageID] == nil { order.append(message.messageID) }
                    byID[message.messageID] = message
                }
                if enough(order.compactMap { byID[$0] }) { break }
            }
        } catch {
            await release(Array(byID.values))
            throw error
        }
        return order.compactMap { byID[$0] }
    }

    /// Makes the messages visible again at once; one that cannot be released reappears after `holdSeconds`.
    func release(_ messages: [ReceivedMessage]) async {
        guard !messages.isEmpty else { return }
        let entries = messages.enumerated().map { VisibilityChange(id: "r\($0.offset)", receiptHandle: $0.element.receiptHandle, visibilityTimeout: 0) }
        if let result = try? await client.changeMessageVisibilityBatch(in: queueURL, entries), result.failed.isEmpty { return }
        OpsOutput.note("note: some peeked messages could not be released; they are visible again within \(holdSeconds) s")
    }
}
