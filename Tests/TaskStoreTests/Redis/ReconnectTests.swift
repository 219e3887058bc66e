import TestSupport
import Testing

@testable import TaskStore

@Suite("Reconnecting")
struct ReconnectTests {
    @Test("after Redis restarts, the next command reconnects transparently")
    func restart() async throws {
        let redis = try RedisServer()
        let store = try makeStore(redis)
        let key = ClaimKey.draft(taskID: "t1")
        #expect(try await store.claimAttempt(key, token: "a", lease: .seconds(600), startedAtMilliseconds: 1).outcome == .claimed)

        try redis.restart()
        // The pooled connection still points at the dead server; this must not surface.
        #expect(try await store.claimAttempt(key, token: "b", lease: .seconds(600), startedAtMilliseconds: 1).outcome == .claimed)
        #expect(try await store.isDone(key) == false)
    }

    @Test("while Redis is down commands fail, and work again once it is back")
    func downThenBack() async throws {
        let redis = try RedisServer()
        let store = try makeStore(redis)
        _ = try await store.appendEvent(taskID: "t2", TaskEvent(type: "a", data: "1"))

        redis.kill()
        await #expect(throws: RedisError.self) { try await store.isDone(ClaimKey.draft(taskID: "t2")) }
        try redis.start()
        #expect(try await store.isDone(ClaimKey.draft(taskID: "t2")) == false)
    }
}
