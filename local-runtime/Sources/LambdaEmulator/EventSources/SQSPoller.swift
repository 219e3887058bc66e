import Foundation
import LambdaWire
import Logging
import NIOConcurrencyHelpers
import QueueService

/// Runs one SQS event source mapping the way Lambda does: long-poll the queue, gather a batch (size,
/// batching window, 6 MB), invoke the function synchronously, delete what succeeded, and leave failures
/// to reappear after the visibility timeout. Pollers scale with the queue's depth up to the mapping's
/// maximum concurrency; a poller whose batches fail backs off.
package final class SQSPoller: Sendable {
    package let mapping: SQSEventSourceMapping
    private let engine: QueueEngine
    private let pool: FunctionPool
    private let builder: SQSEventBuilder
    private let logger: Logger

    /// Largest synchronous invocation payload.
    static let maxPayloadBytes = 6 * 1024 * 1024
    static let longPollSeconds = 1
    static let scaleInterval: Duration = .milliseconds(250)
    static let maxBackoff: Duration = .seconds(8)

    package init(mapping: SQSEventSourceMapping, engine: QueueEngine, pool: FunctionPool, region: String, accountId: String, logger: Logger) {
        self.mapping = mapping
        self.engine = engine
        self.pool = pool
        self.builder = SQSEventBuilder(queueARN: mapping.queueARN, region: region, senderID: accountId)
        self.logger = logger
    }

    /// Polls until cancelled; a batch already received when cancellation arrives is finished first.
    package func run() async {
        guard mapping.enabled else { return }
        await withTaskGroup(of: Void.self) { group in
            while !Task.isCancelled {
                let desired = desiredPollers()
                while active.withLockedValue({ $0 }) < desired {
                    active.withLockedValue { $0 += 1 }
                    group.addTask { await self.poll() }
                }
                try? await Task.sleep(for: Self.scaleInterval)
            }
            group.cancelAll()
        }
    }

    /// One poller per batch waiting in the queue (visible and in flight), at least one, at most the cap.
    func desiredPollers() -> Int {
        guard let depth = engine.depths().first(where: { $0.queue == mapping.queue }) else { return 1 }
        let batches = (depth.visible + depth.inFlight + mapping.batchSize - 1) / mapping.batchSize
        return min(max(1, batches), mapping.maximumConcurrency)
    }

    /// Pollers running now; one retires when it finds the queue empty and there are more than needed.
    private let active = NIOLockedValueBox(0)

    private func retireIfSurplus() -> Bool {
        let desired = desiredPollers()
        return active.withLockedValue { count in
            guard count > desired else { return false }
            count -= 1
            return true
        }
    }

    private func poll() async {
        var failures = 0
        while !Task.isCancelled {
            let batch: [Delivery]
            do {
                batch = try await gather()
            } catch {
                if Task.isCancelled { break }
                logger.warning("receive failed", metadata: ["queue": "\(mapping.queue)", "error": "\(error)"])
                failures += 1
                try? await Task.sleep(for: backoff(failures))
                continue
            }
            if batch.isEmpty {
                if retireIfSurplus() { return }
                continue
            }
            let succeeded = await process(batch)
            if succeeded || mapping.reportsBatchItemFailures {
                failures = 0
            } else {
                // Lambda slows a mapping whose batches fail (unless it reports item failures).
                failures += 1
                try? await Task.sleep(for: backoff(failures))
            }
        }
        active.withLockedValue { $0 -= 1 }
    }

    /// 0.5 s, 1 s, 2 s … up to `maxBackoff`.
    func backoff(_ failures: Int) -> Duration {
        min(.milliseconds(250 << min(failures, 10)), Self.maxBackoff)
    }

    /// Receives up to the batch size: one long poll, then more receives while the batching window is
    /// open. Messages past the 6 MB invocation limit go back to the queue at once for the next batch.
    private func gather() async throws -> [Delivery] {
        var batch = try await engine.receive(ReceiveRequest(
            queue: mapping.queue, maxMessages: min(10, mapping.batchSize), waitSeconds: Self.longPollSeconds))
        if !batch.isEmpty, mapping.batchingWindowSeconds > 0 {
            let closes = ContinuousClock.now + .seconds(mapping.batchingWindowSeconds)
            while batch.count < mapping.batchSize, ContinuousClock.now < closes, !Task.isCancelled {
                let more = try await engine.receive(ReceiveRequest(
                    queue: mapping.queue, maxMessages: min(10, mapping.batchSize - batch.count), waitSeconds: 0))
                if more.isEmpty {
                    try? await Task.sleep(for: .milliseconds(50))
                } else {
                    batch += more
                }
            }
        }
        var size = 0
        let fits = batch.prefix { delivery in
            size += delivery.body.utf8.count
            return size <= Self.maxPayloadBytes
        }
        let overflow = batch.dropFirst(max(1, fits.count))
        if !overflow.isEmpty {
            _ = try await engine.changeVisibility(queue: mapping.queue, entries: overflow.map { ($0.receiptHandle, 0) })
        }
        return Array(batch.prefix(max(1, fits.count)))
    }

    /// Invokes the function with the batch and deletes what succeeded; true when nothing failed.
    func process(_ batch: [Delivery]) async -> Bool {
        let payload: [UInt8]
        do {
            payload = Array(try JSONEncoder().encode(builder.event(batch)))
        } catch {
            logger.error("cannot encode the SQS event", metadata: ["queue": "\(mapping.queue)", "error": "\(error)"])
            return false
        }
        let outcome: BatchOutcome
        switch await pool.invoke(Invocation(payload: payload)).collect() {
        case .success(_, let body, _):
            outcome = BatchOutcome.parse(response: body, batchIDs: Set(batch.map(\.messageId)), reportsItemFailures: mapping.reportsBatchItemFailures)
        case .failure(let failure):
            logger.notice("batch failed; its messages reappear after the visibility timeout", metadata: [
                "function": "\(mapping.function)", "queue": "\(mapping.queue)", "messages": "\(batch.count)", "error": "\(failure.errorType)",
            ])
            return false
        }
        let done: [Delivery]
        switch outcome {
        case .allSucceeded: done = batch
        case .partial(let failed): done = batch.filter { !failed.contains($0.messageId) }
        case .allFailed: done = []
        }
        if !done.isEmpty {
            do {
                _ = try await engine.delete(queue: mapping.queue, receiptHandles: done.map(\.receiptHandle))
            } catch {
                logger.warning("delete failed", metadata: ["queue": "\(mapping.queue)", "error": "\(error)"])
            }
        }
        return done.count == batch.count
    }
}
