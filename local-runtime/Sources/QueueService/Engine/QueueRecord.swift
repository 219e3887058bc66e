import NIOCore

/// One queue's configuration and messages; it lives in the engine's locked state and never leaves it.
final class QueueRecord {
    let name: String
    let arn: String
    let createdTimestamp: Int64
    var lastModifiedTimestamp: Int64
    var attributes: QueueAttributes
    var tags: [String: String]
    var lastPurgeTimestamp: Int64?

    var messages: [Int64: StoredMessage] = [:]
    /// Sequences of visible messages in the order they became visible; may hold stale entries.
    var visibleOrder = CircularBuffer<Int64>()
    /// When delayed and in-flight messages become visible.
    var timed = TimedHeap()
    /// Sequences in the order messages arrived, oldest first, for dropping those past retention; holds
    /// entries of messages already gone until they reach the front or a rebuild.
    var arrivalOrder = CircularBuffer<Int64>()
    var delayedCount = 0
    var inFlightCount = 0
    var waiters: [Waiter] = []
    /// When the pending wake-up for waiters fires, if one is scheduled.
    var wakeAt: Int64?
    /// FIFO deduplication ids seen in the last five minutes, with the message id they produced.
    var recentDeduplicationIds: [String: (at: Int64, messageId: String)] = [:]
    /// FIFO receives of the last five minutes by their ReceiveRequestAttemptId.
    var receiveAttempts: [String: ReceiveAttempt] = [:]

    init(name: String, arn: String, attributes: QueueAttributes, tags: [String: String], createdTimestamp: Int64, lastModifiedTimestamp: Int64) {
        self.name = name
        self.arn = arn
        self.attributes = attributes
        self.tags = tags
        self.createdTimestamp = createdTimestamp
        self.lastModifiedTimestamp = lastModifiedTimestamp
    }

    var visibleCount: Int { messages.count - delayedCount - inFlightCount }

    /// Moves a message to a new state and keeps the counters in step.
    func transition(_ message: StoredMessage, to state: StoredMessage.State) {
        adjustCount(message.state, by: -1)
        message.state = state
        adjustCount(state, by: 1)
    }

    /// Adds a message in its current state, queuing it for visibility or its timer.
    func insert(_ message: StoredMessage) {
        messages[message.seq] = message
        arrivalOrder.append(message.seq)
        adjustCount(message.state, by: 1)
        if message.state == .visible {
            visibleOrder.append(message.seq)
        } else {
            timed.push(.init(at: message.visibleAt, seq: message.seq))
        }
    }

    @discardableResult
    func remove(_ seq: Int64) -> StoredMessage? {
        guard let message = messages.removeValue(forKey: seq) else { return nil }
        adjustCount(message.state, by: -1)
        compactTimedIfStale()
        compactArrivalsIfStale()
        return message
    }

    /// A message held long (in flight for hours) keeps every later arrival's entry behind it; rebuilding
    /// from the live messages, oldest first, once gone entries dominate keeps memory flat, as for `timed`.
    private func compactArrivalsIfStale() {
        guard arrivalOrder.count > max(4096, 2 * messages.count) else { return }
        arrivalOrder = CircularBuffer(messages.values.sorted { ($0.sentTimestamp, $0.seq) < ($1.sentTimestamp, $1.seq) }.map(\.seq))
    }

    /// Deleted in-flight messages leave their heap entries behind until their time comes, which at high
    /// throughput with a long visibility timeout is most of the heap; rebuilding from the live messages
    /// once stale entries dominate keeps memory proportional to what is actually waiting.
    private func compactTimedIfStale() {
        let live = delayedCount + inFlightCount
        // The bound grows with the queue so each rebuild's scan is paid for by as many removals.
        guard timed.count > max(4096, 2 * live, messages.count / 2) else { return }
        timed.rebuild(from: messages.values.filter { $0.state != .visible }.map { .init(at: $0.visibleAt, seq: $0.seq) })
    }

    func removeAllMessages() {
        messages.removeAll()
        visibleOrder.removeAll()
        arrivalOrder.removeAll()
        timed.removeAll()
        delayedCount = 0
        inFlightCount = 0
    }

    /// Makes visible every delayed or in-flight message whose time has come; returns how many.
    @discardableResult
    func promote(now: Int64) -> Int {
        var promoted = 0
        while let top = timed.top, top.at <= now {
            _ = timed.pop()
            guard let message = messages[top.seq], message.state != .visible, message.visibleAt == top.at else { continue }
            transition(message, to: .visible)
            visibleOrder.append(message.seq)
            promoted += 1
        }
        return promoted
    }

    private func adjustCount(_ state: StoredMessage.State, by delta: Int) {
        switch state {
        case .visible: break
        case .delayed: delayedCount += delta
        case .inFlight: inFlightCount += delta
        }
    }
}
