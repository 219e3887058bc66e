/// How the clients over this transport retry: exponential backoff with full jitter. The wait before
/// retry n (1-based) is uniformly random in [0, min(maxDelay, baseDelay·2^(n-1))], so many callers
/// retrying after one outage spread out instead of returning in step. What is worth retrying is each
/// client's to say.
package struct RetryPolicy: Sendable, Equatable {
    /// Attempts in total, the first included; 1 disables retrying.
    package var maxAttempts: Int
    package var baseDelay: Duration
    package var maxDelay: Duration

    package init(maxAttempts: Int, baseDelay: Duration, maxDelay: Duration) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
    }

    package static let noRetries = RetryPolicy(maxAttempts: 1, baseDelay: .zero, maxDelay: .zero)

    /// The upper bound of the wait before retry `retry` (1 for the first retry).
    package func delayCeiling(beforeRetry retry: Int) -> Duration {
        let exponent = min(max(retry - 1, 0), 30)
        return min(baseDelay * (1 << exponent), maxDelay)
    }

    /// A random wait in [0, ceiling] for retry `retry`.
    package func delay<Generator: RandomNumberGenerator>(beforeRetry retry: Int, using generator: inout Generator) -> Duration {
        let (seconds, attoseconds) = delayCeiling(beforeRetry: retry).components
        let nanoseconds = seconds * 1_000_000_000 + attoseconds / 1_000_000_000
        guard nanoseconds > 0 else { return .zero }
        return .nanoseconds(Int64.random(in: 0...nanoseconds, using: &generator))
    }

    package func delay(beforeRetry retry: Int) -> Duration {
        var generator = SystemRandomNumberGenerator()
        return delay(beforeRetry: retry, using: &generator)
    }
}
