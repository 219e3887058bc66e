import SQSWire

extension QueueEngine {
    /// Deletes received messages by receipt handle; each entry succeeds or fails alone. A handle of a message
    /// already deleted succeeds, as on SQS. On a FIFO queue a handle whose visibility timeout has run out
    /// (or whose message was received again) has expired, as AWS-recorded; a standard queue still deletes.
    package func delete(queue name: String, receiptHandles: [String]) async throws -> [SQSError?] {
        let now = clock.nowMillis()
        let (results, ticket) = try state.withLock { (state: inout QueueEngineState) throws -> ([SQSError?], Journal.Ticket) in
            let queue = try state.queue(named: name)
            var operations: [JournalOperation] = []
            var results: [SQSError?] = []
            for text in receiptHandles {
                guard let handle = ReceiptHandle(encoded: text) else {
                    results.append(SQSError(.receiptHandleIsInvalid, "The input receipt handle \"\(text)\" is not a valid receipt handle."))
                    continue
                }
                if queue.attributes.isFifo, handle.queue == queue.name, let message = queue.messages[handle.seq],
                    message.receiveCount != handle.receiveCount || message.visibleAt <= now
                {
                    results.append(.invalidValue(text, for: "ReceiptHandle", reason: "The receipt handle has expired."))
                    continue
                }
                if handle.queue == queue.name, queue.remove(handle.seq) != nil {
                    operations.append(.deleteMessage(seq: handle.seq))
                }
                results.append(nil)
            }
            if queue.attributes.isFifo { wake(queue) }
            return (results, journal.append(operations))
        }
        try await journal.waitDurable(ticket)
        return results
    }

    /// Sets the visibility timeout of received messages, counted from now; zero makes them visible at once.
    package func changeVisibility(queue name: String, entries: [(receiptHandle: String, timeout: Int)]) async throws -> [SQSError?] {
        let now = clock.nowMillis()
        let (results, ticket) = try state.withLock { (state: inout QueueEngineState) throws -> ([SQSError?], Journal.Ticket) in
            let queue = try state.queue(named: name)
            var operations: [JournalOperation] = []
            var results: [SQSError?] = []
            for (text, timeout) in entries {
                guard let handle = ReceiptHandle(encoded: text) else {
                    results.append(SQSError(.receiptHandleIsInvalid, "The input receipt handle \"\(text)\" is not a valid receipt handle."))
                    continue
                }
                guard handle.queue == queue.name, let message = queue.messages[handle.seq], message.receiveCount > 0 else {
                    results.append(.invalidValue(text, for: "ReceiptHandle", reason: "Message does not exist or is not available for visibility timeout change."))
                    continue
                }
                let first = message.firstReceiveTimestamp ?? now
                guard now + Int64(timeout) * 1000 - first <= 43_200_000 else {
                    results.append(.invalidValue("\(timeout)", for: "VisibilityTimeout", reason: "Total VisibilityTimeout for the message is beyond the limit [43200 seconds]"))
                    continue
                }
                message.visibleAt = now + Int64(timeout) * 1000
                if timeout == 0 {
                    if message.state != .visible {
                        queue.transition(message, to: .visible)
                        queue.visibleOrder.append(message.seq)
                    }
                    wake(queue, count: 1)
                } else {
                    if message.state == .visible { queue.transition(message, to: .inFlight) }
                    queue.timed.push(.init(at: message.visibleAt, seq: message.seq))
                }
                operations.append(
                    .updateDelivery(seq: message.seq, visibleAt: message.visibleAt, receiveCount: message.receiveCount, firstReceiveTimestamp: message.firstReceiveTimestamp))
                results.append(nil)
            }
            scheduleWake(queue)
            return (results, journal.append(operations))
        }
        try await journal.waitDurable(ticket)
        return results
    }

    /// Deletes every message in a queue; SQS allows this once a minute per queue.
    package func purge(queue name: String) async throws {
        let now = clock.nowMillis()
        let ticket = try state.withLock { (state: inout QueueEngineState) throws -> Journal.Ticket in
            let queue = try state.queue(named: name)
            if let last = queue.lastPurgeTimestamp, now - last < Int64(options.purgeCooldownSeconds) * 1000 {
                throw SQSError(.purgeQueueInProgress, "Only one PurgeQueue operation on \(queue.name) is allowed every 60 seconds.")
            }
            queue.lastPurgeTimestamp = now
            queue.removeAllMessages()
            return journal.append(.purgeQueue(name: name))
        }
        try await journal.waitDurable(ticket)
    }
}
