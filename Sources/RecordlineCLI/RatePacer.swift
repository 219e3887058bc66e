/// Keeps a redrive at `--rate` messages per second: the k-th message may go at k / rate seconds after
/// the start. Without a rate, nothing waits.
struct RatePacer {
    let perSecond: Int?

    /// Messages to send together: a batch of ten, but never a burst larger than one second's worth.
    var batchSize: Int {
        perSecond.map { min(10, max(1, $0)) } ?? 10
    }

    /// How long to wait before sending more, when `sent` messages have gone after `elapsed`.
    func delay(sent: Int, elapsed: Duration) -> Duration {
        guard let perSecond, perSecond > 0 else { return .zero }
        let due = Duration.milliseconds(Int64(sent) * 1000 / Int64(perSecond))
        return due > elapsed ? due - elapsed : .zero
    }
}
