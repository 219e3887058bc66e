extension Duration {
    /// Whole milliseconds, rounded towards zero: what Redis takes for `PX`, `PEXPIRE` and `BLOCK`, and
    /// what the records and logs count durations in.
    package var wholeMilliseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }

    /// Milliseconds with their fraction, for metrics that take a number.
    package var fractionalMilliseconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) * 1000 + Double(attoseconds) / 1e15
    }
}
