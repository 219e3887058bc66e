import Foundation
import Logging
import Synchronization

/// Group commit: operations appended by many requests are written in one transaction per batch, and
/// each request waits until the batch holding its operations is durable. There is no writer thread:
/// the first waiter to find no write in progress writes everything pending on its own thread, which
/// saves a thread hand-off per request; whoever arrives meanwhile waits for that write or the next.
package final class Journal: Sendable {
    /// A position in the journal; wait on it to know the operations appended before it are durable.
    package struct Ticket: Sendable {
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
    /// What appending, writing and waiting share; reachable only through `withLock`.
    private struct State {
        var pending: [JournalOperation] = []
        var pendingGeneration: UInt64 = 1
        var durableGeneration: UInt64 = 0
        var failedGenerations: Set<UInt64> = []
        var writing = false
        var waiters: [(generation: UInt64, continuation: CheckedContinuation<Wake, Never>)] = []

        /// Takes everything pending as the next batch to write, under a new generation.
        mutating func takeBatch() -> (batch: [JournalOperation], generation: UInt64) {
            defer {
                pending = []
                pendingGeneration += 1
            }
            return (pending, pendingGeneration)
        }
    }

    private let state = Mutex(State())

    package init(store: any DurableStore, logger: Logger) {
        self.store = store
        self.logger = logger
    }

    /// Records operations in order; the caller holds the engine lock so the order matches memory.
    func append(_ operations: [JournalOperation]) -> Ticket {
        guard !operations.isEmpty else { return .none }
        return state.withLock { state in
            state.pending.append(contentsOf: operations)
            return Ticket(generation: state.pendingGeneration)
        }
    }

    func append(_ operation: JournalOperation) -> Ticket {
        append([operation])
    }

    /// Returns once the operations before the ticket are on disk; throws if writing them failed.
    package func waitDurable(_ ticket: Ticket) async throws {
        guard ticket.generation > 0 else { return }
        while true {
            enum Step {
                case done(failed: Bool)
                case write([JournalOperation], UInt64)
                case wait
            }
            let step = state.withLock { state -> Step in
                if state.durableGeneration >= ticket.generation {
                    return .done(failed: state.failedGenerations.contains(ticket.generation))
                }
                if state.writing { return .wait }
                state.writing = true
                let (batch, generation) = state.takeBatch()
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
                    let resumeNow: Wake? = state.withLock { state in
                        if state.durableGeneration >= ticket.generation {
                            return state.failedGenerations.contains(ticket.generation) ? .failed : .durable
                        }
                        if !state.writing { return .retry }
                        state.waiters.append((ticket.generation, continuation))
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
            let (covered, next, more) = state.withLock {
                state -> ([CheckedContinuation<Wake, Never>], CheckedContinuation<Wake, Never>?, (batch: [JournalOperation], generation: UInt64)?) in
                state.durableGeneration = generation
                if failed { state.failedGenerations.insert(generation) }
                var covered: [CheckedContinuation<Wake, Never>] = []
                var later: [(generation: UInt64, continuation: CheckedContinuation<Wake, Never>)] = []
                for waiter in state.waiters {
                    if waiter.generation <= generation { covered.append(waiter.continuation) } else { later.append(waiter) }
                }
                if !later.isEmpty, !state.pending.isEmpty, rounds < Self.maxRounds {
                    state.waiters = later
                    return (covered, nil, state.takeBatch())
                }
                state.writing = false
                let next = later.isEmpty ? nil : later.removeFirst().continuation
                state.waiters = later
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
    package func close() {
        let batch = state.withLock { state -> [JournalOperation] in
            defer { state.pending = [] }
            return state.pending
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
