import Foundation
import Logging

/// Group commit: operations appended by many requests are written by one thread in one transaction per
/// batch, and each request waits until the batch holding its operations is durable.
public final class Journal: @unchecked Sendable {
    /// A position in the journal; wait on it to know the operations appended before it are durable.
    public struct Ticket: Sendable {
        let generation: UInt64
        static let none = Ticket(generation: 0)
    }

    private let store: any DurableStore
    private let logger: Logger
    private let condition = NSCondition()
    // Guarded by `condition`.
    private var pending: [JournalOperation] = []
    private var pendingGeneration: UInt64 = 1
    private var durableGeneration: UInt64 = 0
    private var failedGeneration: UInt64 = 0
    private var waiters: [(generation: UInt64, continuation: CheckedContinuation<Void, any Error>)] = []
    private var stopping = false
    private var stopped = false

    public init(store: any DurableStore, logger: Logger) {
        self.store = store
        self.logger = logger
        let thread = Thread { [self] in self.writeLoop() }
        thread.name = "queue-journal"
        thread.start()
    }

    /// Records operations in order; the caller holds the engine lock so the order matches memory.
    func append(_ operations: [JournalOperation]) -> Ticket {
        guard !operations.isEmpty else { return .none }
        condition.lock()
        defer { condition.unlock() }
        pending.append(contentsOf: operations)
        condition.signal()
        return Ticket(generation: pendingGeneration)
    }

    func append(_ operation: JournalOperation) -> Ticket {
        append([operation])
    }

    /// Returns once the operations before the ticket are on disk; throws if writing them failed.
    public func waitDurable(_ ticket: Ticket) async throws {
        guard ticket.generation > 0 else { return }
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            condition.lock()
            defer { condition.unlock() }
            if durableGeneration >= ticket.generation {
                if failedGeneration == ticket.generation {
                    continuation.resume(throwing: JournalError.writeFailed)
                } else {
                    continuation.resume()
                }
            } else {
                waiters.append((ticket.generation, continuation))
            }
        }
    }

    /// Writes what is pending and stops the writer thread.
    public func close() {
        condition.lock()
        stopping = true
        condition.signal()
        while !stopped { condition.wait() }
        condition.unlock()
    }

    private func writeLoop() {
        while true {
            condition.lock()
            while pending.isEmpty && !stopping { condition.wait() }
            if pending.isEmpty && stopping {
                stopped = true
                condition.broadcast()
                condition.unlock()
                return
            }
            let batch = pending
            let generation = pendingGeneration
            pending = []
            pendingGeneration += 1
            condition.unlock()

            var failure: (any Error)?
            do {
                try store.apply(batch)
            } catch {
                failure = error
                logger.error("journal write failed", metadata: ["error": "\(error)", "operations": "\(batch.count)"])
            }

            condition.lock()
            durableGeneration = generation
            if failure != nil { failedGeneration = generation }
            let ready = waiters.filter { $0.generation <= generation }
            waiters.removeAll { $0.generation <= generation }
            condition.unlock()
            for waiter in ready {
                if failure != nil && waiter.generation == generation {
                    waiter.continuation.resume(throwing: JournalError.writeFailed)
                } else {
                    waiter.continuation.resume()
                }
            }
        }
    }
}

enum JournalError: Error {
    case writeFailed
}
