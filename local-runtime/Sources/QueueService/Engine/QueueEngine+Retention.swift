extension QueueEngine {
    /// Drops every message past the queue's retention period, in flight or not, as SQS deletes a message
    /// that old whether or not anyone receives it; oldest first, stopping at the first still young enough.
    /// Runs on each receive and whenever the queue's counts are read, so the counts never include them.
    func dropExpired(_ queue: QueueRecord, now: Int64, operations: inout [JournalOperation]) {
        let retention = Int64(queue.attributes.retentionSeconds) * 1000
        while let seq = queue.arrivalOrder.first {
            if let message = queue.messages[seq] {
                guard now - message.sentTimestamp >= retention else { return }
                queue.remove(seq)
                operations.append(.deleteMessage(seq: seq))
            }
            queue.arrivalOrder.removeFirst()
        }
    }

    /// `dropExpired` where nothing else is written: the deletes are journalled without waiting, as a
    /// dropped expired message is nothing a client was promised.
    func dropExpired(_ queue: QueueRecord, now: Int64) {
        var operations: [JournalOperation] = []
        dropExpired(queue, now: now, operations: &operations)
        _ = journal.append(operations)
    }
}
