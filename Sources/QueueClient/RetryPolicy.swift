import CurlHTTP

/// How failed calls are retried: throttling, 5xx answers and transport failures, never other 4xx.
/// The wait before retry n (1-based) is uniformly random in [0, min(maxDelay, baseDelay · 2^(n-1))]
/// ("full jitter"), so many throttled senders spread out instead of retrying in step.
public struct RetryPolicy: Sendable, Equatable {
    /// Attempts in total, the first included; 1 disables retrying.
    public var maxAttempts: Int
    public var baseDelay: Duration
    public var maxDelay: Duration

    public init(maxAttempts: Int = 4, baseDelay: Duration = .milliseconds(50), maxDelay: Duration = .seconds(5)) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
    }

    public static let noRetries = RetryPolicy(maxAttempts: 1)

    /// The upper bound of the wait before retry `retry` (1 for the first retry).
    public func delayCeiling(beforeRetry retry: Int) -> Duration {
        Backoff.ceiling(base: baseDelay, cap: maxDelay, retry: retry)
    }

    /// A random wait in [0, ceiling] for retry `retry`.
    public func delay<Generator: RandomNumberGenerator>(beforeRetry retry: Int, using generator: inout Generator) -> Duration {
        let ceiling = delayCeiling(beforeRetry: retry)
        let (seconds, attoseconds) = ceiling.components
        let nanoseconds = seconds * 1_000_000_000 + attoseconds / 1_000_000_000
        guard nanoseconds > 0 else { return .zero }
        return .nanoseconds(Int64.random(in: 0...nanoseconds, using: &generator))
    }
}
