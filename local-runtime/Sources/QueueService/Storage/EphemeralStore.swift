/// A store that keeps nothing, for tests and throwaway servers.
package struct EphemeralStore: DurableStore {
    package init() {}
    package func load() throws -> StoredState { StoredState(queues: [], messages: []) }
    package func apply(_ batch: [JournalOperation]) throws {}
}
