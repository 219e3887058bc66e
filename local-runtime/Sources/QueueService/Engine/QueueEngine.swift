import Foundation
import Logging
import NIOCore
import NIOPosix
import SQSWire
import Synchronization

/// The queues and their messages in memory, made durable through the journal. Every mutation happens
/// under one lock and appends its journal operations under that lock, so disk order equals memory order.
package final class QueueEngine: Sendable {
    let options: QueueEngineOptions
    let clock: any TimeSource
    let journal: Journal
    let logger: Logger
    let timers: any EventLoop
    /// The queues, messages and move tasks; reachable only through `withLock`.
    let state: Mutex<QueueEngineState>

    package init(
        store: any DurableStore, options: QueueEngineOptions = .init(), clock: any TimeSource = SystemTimeSource(),
        logger: Logger = Logger(label: "queue-service"), timers: any EventLoop = MultiThreadedEventLoopGroup.singleton.next()
    ) throws {
        self.options = options
        self.clock = clock
        self.logger = logger
        self.timers = timers
        let stored = try store.load()
        self.journal = Journal(store: store, logger: logger)
        var state = QueueEngineState()
        Self.restore(stored, into: &state, now: clock.nowMillis(), options: options, logger: logger)
        self.state = Mutex(state)
    }

    /// Writes what is pending to disk and stops the journal.
    package func close() {
        journal.close()
    }

    func arn(of name: String) -> String {
        QueueArn.make(region: options.region, account: options.accountId, name: name)
    }

    /// Rebuilds the in-memory indexes from disk: messages whose time has not come stay delayed or in flight.
    private static func restore(_ stored: StoredState, into state: inout QueueEngineState, now: Int64, options: QueueEngineOptions, logger: Logger) {
        for row in stored.queues {
            state.queues[row.name] = QueueRecord(
                name: row.name, arn: QueueArn.make(region: options.region, account: options.accountId, name: row.name), attributes: QueueAttributes(values: row.attributes), tags: row.tags,
                createdTimestamp: row.createdTimestamp, lastModifiedTimestamp: row.lastModifiedTimestamp)
        }
        let decoder = JSONDecoder()
        for row in stored.messages {
            state.nextSeq = max(state.nextSeq, row.seq + 1)
            guard let queue = state.queues[row.queue] else { continue }
            let attributes = row.attributesJSON.flatMap { try? decoder.decode([String: MessageAttributeValue].self, from: Data($0.utf8)) } ?? [:]
            let waiting = row.visibleAt > now
            let message = StoredMessage(
                seq: row.seq, messageId: row.messageId, body: row.body, bodyMD5: row.bodyMD5, attributes: attributes,
                traceHeader: row.traceHeader, sentTimestamp: row.sentTimestamp, groupId: row.groupId,
                deduplicationId: row.deduplicationId, isInjectedDuplicate: row.isInjectedDuplicate,
                state: waiting ? (row.receiveCount > 0 ? .inFlight : .delayed) : .visible, visibleAt: row.visibleAt,
                receiveCount: row.receiveCount, firstReceiveTimestamp: row.firstReceiveTimestamp,
                deadLetterSourceArn: row.deadLetterSourceArn)
            queue.insert(message)
        }
        logger.info("restored queues", metadata: ["queues": "\(stored.queues.count)", "messages": "\(stored.messages.count)"])
    }

    /// Counts for metrics and GetQueueAttributes: visible, in flight, delayed, per queue.
    package func depths() -> [QueueDepth] {
        let now = clock.nowMillis()
        return state.withLock { state in
            state.queues.values.map { queue in
                dropExpired(queue, now: now)
                queue.promote(now: now)
                return QueueDepth(
                    queue: queue.name, visible: queue.visibleCount, inFlight: queue.inFlightCount, delayed: queue.delayedCount,
                    deadLetterQueue: queue.attributes.redrivePolicy.flatMap { QueueArn.name(of: $0.deadLetterTargetArn) })
            }.sorted { $0.queue < $1.queue }
        }
    }

    // MARK: waking long polls

    /// Wakes up to `count` parked receives on a queue; they retry and park again if they find nothing.
    func wake(_ queue: QueueRecord, count: Int = .max) {
        guard !queue.waiters.isEmpty, count > 0 else { return }
        let woken = min(count, queue.waiters.count)
        let batch = queue.waiters.prefix(woken)
        queue.waiters.removeFirst(woken)
        for waiter in batch { waiter.resume() }
    }

    /// Makes sure parked receives wake when the earliest delayed or in-flight message becomes visible.
    func scheduleWake(_ queue: QueueRecord) {
        guard !queue.waiters.isEmpty, let top = queue.timed.top else { return }
        if let pending = queue.wakeAt, pending <= top.at { return }
        queue.wakeAt = top.at
        let delay = max(0, top.at - clock.nowMillis())
        let name = queue.name
        timers.scheduleTask(in: .milliseconds(delay)) { [self] in
            state.withLock { state in
                guard let queue = state.queues[name], queue.wakeAt == top.at else { return }
                queue.wakeAt = nil
                wake(queue)
            }
        }
    }
}
