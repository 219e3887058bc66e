import TaskStore

/// Which task store a suite of the pipeline or the API runs on.
package enum TestStoreKind: String, CaseIterable, Sendable {
    /// The in-memory store, on the wall clock: for what the pipeline and the API do.
    case memory
    /// A real redis-server of the test's own: for the end-to-end runs that show the same on Redis.
    case redis
}

/// The task store a pipeline or API test runs on, and what it runs on.
package struct TestStore {
    package let store: any TaskStoring
    /// The server of a Redis run (what a test kills to see the store go away); nil in memory.
    package let redis: RedisServer?
    /// The store of an in-memory run, to look at its keys; nil on Redis.
    package let memory: InMemoryTaskStore?

    /// `clock` is the in-memory store's; Redis keeps its own time.
    package init(_ kind: TestStoreKind, clock: any StoreClock = SystemStoreClock()) throws {
        switch kind {
        case .memory:
            let memory = InMemoryTaskStore(clock: clock)
            store = memory
            self.memory = memory
            redis = nil
        case .redis:
            // Scripts checked to touch only their declared keys, as Redis Cluster requires (the store's own
            // suite also runs them on a one-node cluster, which takes two seconds to start: too slow here).
            let redis = try RedisServer()
            var configuration = TaskStoreConfiguration(url: try RedisURL(parsing: redis.url))
            configuration.checksScriptKeys = true
            store = RedisTaskStore(configuration: configuration)
            self.redis = redis
            memory = nil
        }
    }
}
