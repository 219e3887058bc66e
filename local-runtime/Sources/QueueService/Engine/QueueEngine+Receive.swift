import NIOCore
import SQSWire

extension QueueEngine {
    private enum Attempt {
        case delivered([Delivery], Journal.Ticket)
        case parked(Journal.Ticket)
    }

    /// Receives up to `maxMessages`; with a wait, parks until a message may be visible (a send, a
    /// visibility change or a timer) or the wait ends.
    package func receive(_ request: ReceiveRequest) async throws -> [Delivery] {
        let start = clock.nowMillis()
        var deadline: Int64?
        while true {
            let attempt = try state.withLock { (state: inout QueueEngineState) throws -> Attempt in
                let queue = try state.queue(named: request.queue)
                let now = clock.nowMillis()
                let end = deadline ?? start + Int64(request.waitSeconds ?? queue.attributes.receiveWaitSeconds) * 1000
                deadline = end
                var operations: [JournalOperation] = []
                let deliveries = retry(of: request, in: queue, now: now, operations: &operations)
                    ?? take(from: queue, request: request, now: now, state: &state, operations: &operations)
                if !deliveries.isEmpty || now >= end {
                    return .delivered(deliveries, journal.append(operations))
                }
                return .parked(journal.append(operations))
            }
            switch attempt {
            case .delivered(let deliveries, let ticket):
                try await journal.waitDurable(ticket)
                return deliveries
            case .parked(let ticket):
                try await journal.waitDurable(ticket)
                await park(on: request.queue, until: deadline ?? start)
            }
        }
    }

    /// Waits on a queue until woken or the deadline; a send between the attempt and here wakes at once
    /// because parking re-checks for visible messages under the lock.
    private func park(on name: String, until deadline: Int64) async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            state.withLock { state in
                guard let queue = state.queues[name] else { return continuation.resume() }
                queue.promote(now: clock.nowMillis())
                if !queue.attributes.isFifo, queue.visibleCount > 0 { return continuation.resume() }
                let id = state.nextWaiterId
                state.nextWaiterId += 1
                let delay = max(0, deadline - clock.nowMillis())
                // The wait's end takes the receive out of its queue's list; found missing, it was woken
                // already (by a send, or by its queue's deletion, which wakes every receive parked on it).
                let timeout = timers.scheduleTask(in: .milliseconds(delay)) { [self] in
                    let waiter = self.state.withLock { state -> Waiter? in
                        guard let queue = state.queues[name], let index = queue.waiters.firstIndex(where: { $0.id == id }) else { return nil }
                        return queue.waiters.remove(at: index)
                    }
                    waiter?.continuation.resume()
                }
                queue.waiters.append(Waiter(id: id, continuation: continuation, timeout: timeout))
                scheduleWake(queue)
            }
        }
    }

    /// A FIFO receive retried with its ReceiveRequestAttemptId: the messages the first one returned, with
    /// the same receipt handles and their visibility timeout started again, as long as none of them was
    /// deleted, made visible or received since; otherwise (or past five minutes) nil, and the receive is new.
    private func retry(of request: ReceiveRequest, in queue: QueueRecord, now: Int64, operations: inout [JournalOperation]) -> [Delivery]? {
        guard queue.attributes.isFifo, let attemptId = request.attemptId else { return nil }
        queue.receiveAttempts = queue.receiveAttempts.filter { now - $0.value.at < ReceiveAttempt.lifetimeMillis }
        guard let attempt = queue.receiveAttempts[attemptId] else { return nil }
        let messages = attempt.messages.compactMap { entry in
            queue.messages[entry.seq].flatMap { $0.state == .inFlight && $0.receiveCount == entry.receiveCount ? $0 : nil }
        }
        guard messages.count == attempt.messages.count else {
            queue.receiveAttempts[attemptId] = nil
            return nil
        }
        let visibility = Int64(request.visibilityTimeout ?? queue.attributes.visibilityTimeout) * 1000
        for message in messages {
            message.visibleAt = now + visibility
            queue.timed.push(.init(at: message.visibleAt, seq: message.seq))
            operations.append(
                .updateDelivery(seq: message.seq, visibleAt: message.visibleAt, receiveCount: message.receiveCount, firstReceiveTimestamp: message.firstReceiveTimestamp))
        }
        scheduleWake(queue)
        return messages.map { delivery(of: $0, in: queue) }
    }

    /// Takes visible messages, moving those past the redrive limit to the dead-letter queue and
    /// dropping those past retention (the sweep first, then any that arrived out of order).
    private func take(
        from queue: QueueRecord, request: ReceiveRequest, now: Int64, state: inout QueueEngineState, operations: inout [JournalOperation]
    ) -> [Delivery] {
        dropExpired(queue, now: now, operations: &operations)
        queue.promote(now: now)
        let visibility = Int64(request.visibilityTimeout ?? queue.attributes.visibilityTimeout) * 1000
        let retention = Int64(queue.attributes.retentionSeconds) * 1000
        let redrive = queue.attributes.redrivePolicy
        let deadLetterQueue = redrive.flatMap { QueueArn.name(of: $0.deadLetterTargetArn) }.flatMap { state.queues[$0] }
        var deliveries: [Delivery] = []
        var taken: [(seq: Int64, receiveCount: Int)] = []
        let candidates = queue.attributes.isFifo ? fifoCandidates(queue) : nil
        var candidateIndex = 0
        while deliveries.count < request.maxMessages {
            let seq: Int64
            if let candidates {
                guard candidateIndex < candidates.count else { break }
                seq = candidates[candidateIndex]
                candidateIndex += 1
            } else {
                guard let next = queue.visibleOrder.popFirst() else { break }
                seq = next
            }
            guard let message = queue.messages[seq], message.state == .visible else { continue }
            if now - message.sentTimestamp >= retention {
                queue.remove(seq)
                operations.append(.deleteMessage(seq: seq))
                continue
            }
            if let redrive, let deadLetterQueue, message.receiveCount >= redrive.maxReceiveCount {
                moveToDeadLetterQueue(message, from: queue, to: deadLetterQueue, now: now, operations: &operations)
                continue
            }
            message.receiveCount += 1
            if message.firstReceiveTimestamp == nil { message.firstReceiveTimestamp = now }
            message.visibleAt = now + visibility
            queue.transition(message, to: .inFlight)
            queue.timed.push(.init(at: message.visibleAt, seq: seq))
            operations.append(
                .updateDelivery(seq: seq, visibleAt: message.visibleAt, receiveCount: message.receiveCount, firstReceiveTimestamp: message.firstReceiveTimestamp))
            if options.duplicateRate > 0, !queue.attributes.isFifo, !message.isInjectedDuplicate, message.receiveCount == 1,
                Double.random(in: 0..<1, using: &state.random) < options.duplicateRate
            {
                injectDuplicate(of: message, into: queue, state: &state, operations: &operations)
            }
            deliveries.append(delivery(of: message, in: queue))
            if request.attemptId != nil { taken.append((seq, message.receiveCount)) }
        }
        if queue.attributes.isFifo {
            queue.visibleOrder.removeAll()
            if let attemptId = request.attemptId, !taken.isEmpty {
                queue.receiveAttempts[attemptId] = ReceiveAttempt(at: now, messages: taken)
            }
        }
        scheduleWake(queue)
        return deliveries
    }

    /// Visible FIFO messages in order, skipping every group that has a message in flight.
    private func fifoCandidates(_ queue: QueueRecord) -> [Int64] {
        var blocked = Set<String>()
        for message in queue.messages.values where message.state == .inFlight {
            blocked.insert(message.groupId ?? "")
        }
        return queue.messages.values
            .filter { $0.state == .visible && !blocked.contains($0.groupId ?? "") }
            .sorted { $0.seq < $1.seq }
            .map(\.seq)
    }

    func moveToDeadLetterQueue(
        _ message: StoredMessage, from queue: QueueRecord, to deadLetterQueue: QueueRecord, now: Int64,
        operations: inout [JournalOperation]
    ) {
        queue.remove(message.seq)
        message.deadLetterSourceArn = queue.arn
        message.visibleAt = now
        message.state = .visible
        deadLetterQueue.insert(message)
        operations.append(
            .moveMessage(seq: message.seq, queue: deadLetterQueue.name, visibleAt: now, receiveCount: message.receiveCount, deadLetterSourceArn: queue.arn))
        wake(deadLetterQueue, count: 1)
    }

    /// Fault injection: a second, immediately visible copy with the same id, body and attributes.
    private func injectDuplicate(
        of message: StoredMessage, into queue: QueueRecord, state: inout QueueEngineState, operations: inout [JournalOperation]
    ) {
        let copy = StoredMessage(
            seq: state.nextSeq, messageId: message.messageId, body: message.body, bodyMD5: message.bodyMD5,
            attributes: message.attributes, traceHeader: message.traceHeader, sentTimestamp: message.sentTimestamp,
            groupId: message.groupId, deduplicationId: message.deduplicationId, isInjectedDuplicate: true, state: .visible,
            visibleAt: message.sentTimestamp, receiveCount: 0, firstReceiveTimestamp: nil,
            deadLetterSourceArn: message.deadLetterSourceArn)
        state.nextSeq += 1
        queue.insert(copy)
        operations.append(.insertMessage(row(of: copy, in: queue.name)))
        wake(queue, count: 1)
    }

    private func delivery(of message: StoredMessage, in queue: QueueRecord) -> Delivery {
        Delivery(
            messageId: message.messageId,
            receiptHandle: ReceiptHandle(queue: queue.name, seq: message.seq, receiveCount: message.receiveCount).encoded,
            body: message.body, bodyMD5: message.bodyMD5, attributes: message.attributes, traceHeader: message.traceHeader,
            sentTimestamp: message.sentTimestamp, receiveCount: message.receiveCount,
            firstReceiveTimestamp: message.firstReceiveTimestamp ?? message.sentTimestamp,
            deadLetterSourceArn: message.deadLetterSourceArn, groupId: message.groupId, deduplicationId: message.deduplicationId,
            sequenceNumber: queue.attributes.isFifo ? String(format: "%020lld", message.seq) : nil)
    }
}
