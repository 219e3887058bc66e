import CurlHTTP

/// When to try a model call again: exponential backoff with full jitter (a random delay between zero
/// and the exponential bound), so that many functions retrying after one outage do not return in step.
public struct RetryPolicy: Sendable, Equatable {
    /// Attempts in all, the first included.
    public var maxAttempts: Int
    public var base: Duration
    public var cap: Duration

    public init(maxAttempts: Int = 5, base: Duration = .seconds(1), cap: Duration = .seconds(30)) {
        self.maxAttempts = max(1, maxAttempts)
        self.base = base
        self.cap = cap
    }

    /// The longest wait before attempt `attempt + 1` (attempts count from 1): base·2^(attempt-1), capped.
    public func bound(afterAttempt attempt: Int) -> Duration {
        Backoff.ceiling(base: base, cap: cap, retry: attempt)
    }

    /// The wait before the next attempt: uniform in [0, bound]; a server's `Retry-After` replaces it
    /// (the caller gives up instead when that is past its deadline).
    public func delay(afterAttempt attempt: Int, retryAfter: Duration? = nil, unit: Double = Double.random(in: 0...1)) -> Duration {
        if let retryAfter { return retryAfter }
        return bound(afterAttempt: attempt) * unit
    }
}
