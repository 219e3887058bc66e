/// Everything the in-memory store holds, behind its one lock: the keys, and the readers blocked on a
/// stream key until an entry is appended to it (Redis `XREAD BLOCK`).
struct MemoryState: Sendable {
    var keyspace = MemoryKeyspace()
    /// Stream key → waiter number → the reader to wake.
    var waiters: [String: [Int: CheckedContinuation<Void, Never>]] = [:]
    var nextWaiter = 0

    /// Takes the readers waiting on `keys` out of the table, to be woken once the lock is released.
    mutating func takeWaiters(on keys: Set<String>) -> [CheckedContinuation<Void, Never>] {
        keys.flatMap { waiters.removeValue(forKey: $0).map { Array($0.values) } ?? [] }
    }

    /// Takes one reader out of the table (its wait ended another way); nil when it was already woken.
    mutating func takeWaiter(_ number: Int, on key: String) -> CheckedContinuation<Void, Never>? {
        let waiter = waiters[key]?.removeValue(forKey: number)
        if waiters[key]?.isEmpty == true { waiters[key] = nil }
        return waiter
    }
}
