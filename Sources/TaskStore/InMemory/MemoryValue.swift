/// What one key of the in-memory store holds: the same content as the Redis key of that name, typed.
enum MemoryValue: Sendable {
    /// A string key: a claim's token, a done marker, a tombstone, an event marker, a fault's reason.
    case string(String)
    case counter(Int)
    case task(TaskRecord)
    case version(VersionRecord)
    case choice(TaskChoice)
    /// A batch and its tasks (Redis keeps them under two keys with one lifetime).
    case batch(BatchRecord)
    case members(Set<String>)
    /// A sorted set: member → score.
    case scores([String: Double])
    case events(EventLogValue)
    /// Usage totals by `<stage>|<model>`.
    case usage([String: ModelUsage])
    /// Attempts by unit, `<stage>[:v<n>]`.
    case attempts([String: StageAttempts])
}
