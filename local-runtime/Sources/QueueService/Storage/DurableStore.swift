/// Durable state under the engine: loads everything at start, then applies journal batches in order.
/// A batch is applied atomically; once `apply` returns, it survives a kill of the process.
package protocol DurableStore: Sendable {
    func load() throws -> StoredState
    func apply(_ batch: [JournalOperation]) throws
}

/// Everything a store holds, as loaded at start.
package struct StoredState: Sendable {
    var queues: [QueueRow]
    var messages: [MessageRow]
}
