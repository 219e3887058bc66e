import NIOCore

/// A long-polling ReceiveMessage parked on a queue until something may be visible or its wait ends.
/// It lives in its queue's `waiters` (inside the engine's locked state) and is resumed only by whoever
/// takes it out of that list, so it resumes exactly once.
struct Waiter {
    let id: UInt64
    let continuation: CheckedContinuation<Void, Never>
    let timeout: Scheduled<Void>

    func resume() {
        timeout.cancel()
        continuation.resume()
    }
}
