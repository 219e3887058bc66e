extension Duration {
    /// Whole milliseconds, rounded towards zero: what Redis takes for `PX`, `PEXPIRE` and `BLOCK`.
    var wholeMilliseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }
}
