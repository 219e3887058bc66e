import Synchronization
import TestSupport
import Testing

@testable import TaskStore

/// The stores the conformance suite holds to one behaviour.
enum StoreKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    /// `RedisTaskStore` on a one-node Redis Cluster, every script checked to touch only declared keys.
    case redis
    /// `InMemoryTaskStore` on a clock the test moves.
    case memory

    var testDescription: String { rawValue }
}

/// One store under test, with what a test needs to look at it from outside: its keys and their TTLs,
/// readers blocked on its streams, and time passing.
struct StoreUnderTest {
    let store: any TaskStoring
    private let backing: Backing

    private enum Backing {
        case redis(url: RedisURL)
        case memory(InMemoryTaskStore, ManualStoreClock)
    }

    /// One cluster-mode redis-server for every Redis run of the suite, which runs its tests one at a
    /// time (`TaskStoreConformance` is serialized) and empties the server before each: no test sees
    /// another's keys, and the suite starts one cluster instead of one per test. Started by the first
    /// Redis run; it dies with the test process.
    private static let sharedRedis = Mutex<RedisServer?>(nil)

    init(_ kind: StoreKind, retention: Duration = TaskStoreConfiguration.defaultRetention) async throws {
        switch kind {
        case .redis:
            let url = try RedisURL(parsing: try Self.sharedRedis.withLock { server in
                if server == nil { server = try RedisServer(cluster: true) }
                return server?.url ?? ""
            })
            _ = try await RedisClient(url: url).send(["FLUSHALL"])
            var configuration = TaskStoreConfiguration(url: url, retention: retention)
            configuration.checksScriptKeys = true
            store = RedisTaskStore(configuration: configuration)
            backing = .redis(url: url)
        case .memory:
            let clock = ManualStoreClock()
            let memory = InMemoryTaskStore(clock: clock, retention: retention)
            store = memory
            backing = .memory(memory, clock)
        }
    }

    /// The key's time to live in milliseconds, as `PTTL` answers: -2 when there is no such key, -1
    /// when it never expires.
    func ttl(_ key: String) async throws -> Int64 {
        switch backing {
        case .redis(let url): try await RedisClient(url: url).send(["PTTL", key]).integer ?? -3
        case .memory(let memory, _): memory.remainingMilliseconds(ofKey: key) ?? -2
        }
    }

    /// The keys that start with `prefix`, sorted (`KEYS <prefix>*`).
    func keys(startingWith prefix: String) async throws -> [String] {
        switch backing {
        case .redis(let url): try await RedisClient(url: url).send(["KEYS", prefix + "*"]).array?.compactMap(\.string).sorted() ?? []
        case .memory(let memory, _): memory.keys.filter { $0.hasPrefix(prefix) }
        }
    }

    /// Returns once `count` readers wait on the store's streams.
    func waitForBlockedReaders(_ count: Int) async throws {
        switch backing {
        case .redis(let url):
            try await waitUntil("\(count) readers blocked on a stream") { try await blockedClients(url) == count }
        case .memory(let memory, _):
            try await waitUntil("\(count) readers waiting on a stream") { memory.waitingReaders == count }
        }
    }

    /// Lets the one reader waiting with `timeout` reach it: the in-memory clock moves on once the reader
    /// waits; Redis ends the wait itself when its time is up (a reader blocked that briefly may be gone
    /// before anyone could see it blocked, so nothing is awaited there).
    func runOut(readerTimeout timeout: Duration) async throws {
        switch backing {
        case .redis: return
        case .memory(let memory, let clock):
            try await waitUntil("a reader waiting on a stream") { memory.waitingReaders == 1 }
            clock.advance(by: timeout)
        }
    }

    /// Lets `duration` pass for the store's TTLs and waits: the in-memory store's clock is moved on at
    /// once; Redis keeps its own time, so the test waits it out (with a margin for expiry to be seen).
    func letPass(_ duration: Duration) async throws {
        switch backing {
        case .redis: try await Task.sleep(for: duration + .milliseconds(200))
        case .memory(_, let clock): clock.advance(by: duration)
        }
    }
}
