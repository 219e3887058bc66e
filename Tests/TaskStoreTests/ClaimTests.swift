import TestSupport
import Testing

@testable import TaskStore

@Suite("Claims and done markers")
struct ClaimTests {
    @Test("the second claimant loses while the lease lives; the holder can claim again")
    func secondClaimantLoses() async throws {
        let redis = try RedisServer(cluster: true)
        let store = try makeStore(redis)
        let key = ClaimKey.stage(.refine, taskID: "t1", version: 2)
        #expect(key.key == "task:{t1}:v2:refine")

        #expect(try await store.claimAttempt(key, token: "a", lease: .seconds(600), startedAtMilliseconds: 1).outcome == .claimed)
        guard case .heldByAnother(let remaining) = try await store.claimAttempt(key, token: "b", lease: .seconds(600), startedAtMilliseconds: 1).outcome else {
            Issue.record("the second claimant must lose")
            return
        }
        #expect(remaining > .zero && remaining <= .seconds(600))
        #expect(try await store.claimAttempt(key, token: "a", lease: .seconds(600), startedAtMilliseconds: 1).outcome == .claimed)
    }

    @Test("an expired lease can be taken over")
    func expiredLease() async throws {
        let redis = try RedisServer(cluster: true)
        let store = try makeStore(redis)
        let key = ClaimKey.draft(taskID: "t2")
        #expect(key.key == "task:{t2}:draft")

        #expect(try await store.claimAttempt(key, token: "crashed", lease: .milliseconds(100), startedAtMilliseconds: 1).outcome == .claimed)
        try await Task.sleep(for: .milliseconds(300))
        #expect(try await store.claimAttempt(key, token: "next", lease: .seconds(600), startedAtMilliseconds: 1).outcome == .claimed)
        #expect(try await store.renewClaim(key, token: "crashed", lease: .seconds(600)) == false)
    }

    @Test("release and renew work only with the holder's token")
    func tokenChecked() async throws {
        let redis = try RedisServer(cluster: true)
        let store = try makeStore(redis)
        let key = ClaimKey.stage(.finalize, taskID: "t3", version: 1)

        // A long lease: this test is about tokens, and a loaded machine (tests in parallel, each a
        // redis-server) can stall a test for tens of seconds: the claim must not expire midway.
        #expect(try await store.claimAttempt(key, token: "owner", lease: .seconds(600), startedAtMilliseconds: 1).outcome == .claimed)
        #expect(try await store.releaseClaim(key, token: "intruder") == false)
        #expect(try await store.renewClaim(key, token: "intruder", lease: .seconds(60)) == false)
        #expect(try await store.renewClaim(key, token: "owner", lease: .seconds(60)) == true)
        #expect(try await ttlMilliseconds(redis, key.key) > 1_000)
        #expect(try await store.releaseClaim(key, token: "owner") == true)
        #expect(try await store.claimAttempt(key, token: "intruder", lease: .seconds(1), startedAtMilliseconds: 1).outcome == .claimed)
    }

    @Test("a done marker answers every later claim and drops the holder's claim")
    func doneMarker() async throws {
        let redis = try RedisServer(cluster: true)
        let store = try makeStore(redis)
        let key = ClaimKey.stage(.refine, taskID: "t4", version: 3)

        #expect(try await store.isDone(key) == false)
        #expect(try await store.claimAttempt(key, token: "worker", lease: .seconds(600), startedAtMilliseconds: 1).outcome == .claimed)
        try await store.markDone(key, token: "worker", finishedAtMilliseconds: 1, durationMilliseconds: 0)
        #expect(try await store.isDone(key))
        #expect(try await store.claimAttempt(key, token: "redelivery", lease: .seconds(600), startedAtMilliseconds: 1).outcome == .alreadyDone)
        #expect(try await RedisClient(url: RedisURL(parsing: redis.url)).send(["EXISTS", key.key]) == .integer(0))
    }
}

/// A store whose every script is checked to touch only the keys it declares
/// (`TaskStoreConfiguration.checksScriptKeys`); on a cluster-mode server (`RedisServer(cluster: true)`),
/// declared keys of different slots fail too. Together: the scripts run on Redis Cluster.
func makeStore(
    _ redis: RedisServer, retention: Duration = TaskStoreConfiguration.defaultRetention, maximumConnections: Int = 16
) throws -> RedisTaskStore {
    var configuration = TaskStoreConfiguration(url: try RedisURL(parsing: redis.url), retention: retention, maximumConnections: maximumConnections)
    configuration.checksScriptKeys = true
    return RedisTaskStore(configuration: configuration)
}

func ttlMilliseconds(_ redis: RedisServer, _ key: String) async throws -> Int64 {
    try await RedisClient(url: RedisURL(parsing: redis.url)).send(["PTTL", key]).integer ?? -3
}

/// How many clients the server holds in a blocking command such as `XREAD BLOCK`.
func blockedClients(_ redis: RedisServer) async throws -> Int {
    let info = try await RedisClient(url: RedisURL(parsing: redis.url)).send(["INFO", "clients"]).string ?? ""
    let line = info.split(whereSeparator: \.isNewline).first { $0.hasPrefix("blocked_clients:") }
    return line.flatMap { Int($0.dropFirst("blocked_clients:".count)) } ?? 0
}
