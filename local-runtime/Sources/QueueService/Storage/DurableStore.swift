/// Durable state under the engine: loads everything at start, then applies journal batches in order.
/// A batch is applied atomically; once `apply` returns, it survives a kill of the process.
public protocol DurableStore: Sendable {
    func load() throws -> StoredState
    func apply(_ batch: [JournalOperation]) throws
}

/// Everything a store holds, as loaded at start.
public struct StoredState: Sendable {
    var queues: [QueueRow]
    var messages: [MessageRow]
}

/// A store that keeps nothing, for tests and throwaway servers.
public struct EphemeralStore: DurableStore {
    public init() {}
    public func load() throws -> StoredState { StoredState(queues: [], messages: []) }
    public func apply(_ batch: [JournalOperation]) throws {}
}
