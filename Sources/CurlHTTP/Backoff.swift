/// Exponential backoff with full jitter, shared by the clients that retry over this transport: the
/// wait before retry n (1-based) is drawn from [0, min(cap, base·2^(n-1))], so many callers retrying
/// after one outage spread out instead of returning in step.
public enum Backoff {
    /// The longest wait before retry `retry`.
    public static func ceiling(base: Duration, cap: Duration, retry: Int) -> Duration {
        let exponent = min(max(retry - 1, 0), 30)
        return min(base * (1 << exponent), cap)
    }
}
