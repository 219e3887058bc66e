import Foundation
import Logging
import NIOConcurrencyHelpers

/// Group commit: operations appended by many requests are written in one transaction per batch, and
/// each request waits until the batch holding its operations is durable. There is no writer thread:
/// the first waiter to find no write in progress writes everything pending on its own thread, which
/// saves a thread hand-off per request; whoever arrives meanwhile waits for that write or the next.
public final class Journal: @unchecked Sendable {
    /// A position in the journal; wait on it to know the operations appended before it are durable.
    public struct Ticket: Sendable {
        let generation: UInt64
        static let none = Ticket(generation: 0)
    }

    private enum Wake {
        case durable
        case failed
        /// The write in progress ended without covering this waiter: try to write the next batch.
        case retry
    }

    private let store: any DurableStore
    private let logger: Logger
    private let lock = NIOLock()
    // Guarded by `lock`.
    private var pending: [JournalOperation] = []
    private var pendingGeneration: UInt64 = 1
    private var durableGeneration: UInt64 = 0
    private var failedGenerations: Set<UInt64> = []
    private var writing = false
    private var waiters: [(generation: UInt64, continuation: CheckedContinuation<Wake, Never>)] = []

    public init(store: any DurableStore, logger: Logger) {
        self.store = store
        self.logger = logger
    }

    /// Records operations in order; the caller holds the engine lock so the order matches memory.
    func append(_ operations: [JournalOperation]) -> Ticket {
        guard !operations.isEmpty else { return .none }
        return lock.withLock {
            pending.append(contentsOf: operations)
            return Ticket(generation: pendingGeneration)
        }
    }

    func append(_ operation: JournalOperation) -> Ticket {
        append([operation])
    }

    /// Returns once the operations before the ticket are on disk; throws if writing them failed.
    public func waitDurable(_ ticket: Ticket) async throws {
        guard ticket.generation > 0 else { return }
        while true {
            enum Step {
                case done(failed: Bool)
                case write([JournalOperation], UInt64)
                case wait
            }
            let step = lock.withLock { () -> Step in
                if durableGeneration >= ticket.generation {
                    return .done(failed: failedGenerations.contains(ticket.generation))
                }
                if writing { return .wait }
                writing = true
                let batch = pending
                let generation = pendingGeneration
                pending = []
                pendingGeneration += 1
                return .write(batch, generation)
            }
            switch step {
            case .done(let failed):
                if failed { throw JournalError.writeFailed }
                return
            case .write(let batch, let generation):
                write(batch, generation: generation)
            case .wait:
                let wake = await withCheckedContinuation { (continuation: CheckedContinuation<Wake, Never>) in
                    let resumeNow: Wake? = lock.withLock {
                        if durableGeneration >= ticket.generation {
                            return failedGenerations.contains(ticket.generation) ? .failed : .durable
                        }
                        if !writing { return .retry }
                        waiters.append((ticket.generation, continuation))
                        return nil
                    }
                    if let resumeNow { continuation.resume(returning: resumeNow) }
                }
                switch wake {
                case .durable: return
                case .failed: throw JournalError.writeFailed
                case .retry: continue
                }
            }
        }
    }

    /// Writes one batch and wakes the waiters it covered. While later waiters wait on what was appended
    /// meanwhile, keeps writing (a few rounds at most, so its own caller is not held long); then hands the
    /// next write to one of them.
    private func write(_ first: [JournalOperation], generation firstGeneration: UInt64) {
        var batch = first
        var generation = firstGeneration
        var rounds = 1
        while true {
            var failed = false
            do {
                try store.apply(batch)
            } catch {
                failed = true
                logger.error("journal write failed", metadata: ["error": "\(error)", "operations": "\(batch.count)"])
            }
            let (covered, next, more) = lock.withLock {
                () -> ([CheckedContinuation<Wake, Never>], CheckedContinuation<Wake, Never>?, (batch: [JournalOperation], generation: UInt64)?) in
                durableGeneration = generation
                if failed { failedGenerations.insert(generation) }
                var covered: [CheckedContinuation<Wake, Never>] = []
                var later: [(generation: UInt64, continuation: CheckedContinuation<Wake, Never>)] = []
                for waiter in waiters {
                    if waiter.generation <= generation { covered.append(waiter.continuation) } else { later.append(waiter) }
                }
                if !later.isEmpty, !pending.isEmpty, rounds < Self.maxRounds {
                    waiters = later
                    let batch = pending
                    let nextGeneration = pendingGeneration
                    pending = []
                    pendingGeneration += 1
                    return (covered, nil, (batch, nextGeneration))
                }
                writing = false
                let next = later.isEmpty ? nil : later.removeFirst().continuation
                waiters = later
                return (covered, next, nil)
            }
            for continuation in covered { continuation.resume(returning: failed ? .failed : .durable) }
            next?.resume(returning: .retry)
            guard let more else { return }
            batch = more.batch
            generation = more.generation
            rounds += 1
        }
    }

    /// How many batches one caller writes before handing the next write to another.
    private static let maxRounds = 8

    /// Writes whatever is pending; used at shutdown.
    public func close() {
        let batch = lock.withLock { () -> [JournalOperation] in
            let batch = pending
            pending = []
            return batch
        }
        guard !batch.isEmpty else { return }
        do {
            try store.apply(batch)
        } catch {
            logger.error("journal write at shutdown failed", metadata: ["error": "\(error)"])
        }
    }
}

enum JournalError: Error {
    case writeFailed
}
