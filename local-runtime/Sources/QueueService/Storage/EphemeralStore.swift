/// A store that keeps nothing, for tests and throwaway servers.
public struct EphemeralStore: DurableStore {
    public init() {}
    public func load() throws -> StoredState { StoredState(queues: [], messages: []) }
    public func apply(_ batch: [JournalOperation]) throws {}
}
