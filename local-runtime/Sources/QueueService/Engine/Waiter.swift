import NIOCore

/// A long-polling ReceiveMessage parked on a queue until something may be visible or its wait ends.
/// Registered, woken and timed out only under the engine's lock (hence unchecked Sendable), so it resumes exactly once.
final class Waiter: @unchecked Sendable {
    private var continuation: CheckedContinuation<Void, Never>?
    var timeout: Scheduled<Void>?

    init(continuation: CheckedContinuation<Void, Never>) {
        self.continuation = continuation
    }

    func resume() {
        timeout?.cancel()
        timeout = nil
        continuation?.resume()
        continuation = nil
    }
}
