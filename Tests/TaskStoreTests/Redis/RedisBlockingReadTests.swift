import TestSupport
import Testing

@testable import TaskStore

/// What a reader blocked in `XREAD BLOCK` does to the Redis store's connections.
@Suite("Blocking reads on Redis connections")
struct RedisBlockingReadTests {
    @Test("a reader blocked on the stream does not hold up claims on the same store")
    func blockedReaderDoesNotStallOthers() async throws {
        let redis = try RedisServer(cluster: true)
        let store = try makeStore(redis, maximumConnections: 2)
        let waiter = Task { try await store.waitForEvents(taskID: "t3", after: nil, limit: 10, timeout: safetyTimeout) }
        try await waitUntil("the reader to block on the stream") { try await blockedClients(redis) == 1 }

        #expect(try await store.claimAttempt(ClaimKey.draft(taskID: "t3"), token: "a", lease: .seconds(600), startedAtMilliseconds: 1).outcome == .claimed)
        #expect(try await store.isDone(ClaimKey.draft(taskID: "t3")) == false)
        let appended = try await store.appendEvent(taskID: "t3", TaskEvent(type: "task.created", data: "{}"))
        #expect(try await waiter.value.map(\.id) == [appended])
    }

    @Test("cancelling a blocked reader drops its connection, and the next command opens another")
    func cancelledReaderStopsWaiting() async throws {
        let redis = try RedisServer(cluster: true)
        let store = try makeStore(redis, maximumConnections: 1)
        let waiter = Task { try await store.waitForEvents(taskID: "t4", after: nil, limit: 10, timeout: safetyTimeout) }
        try await waitUntil("the reader to block on the stream") { try await blockedClients(redis) == 1 }
        waiter.cancel()
        await #expect(throws: RedisError.cancelled) { try await waiter.value }
        // The only connection was dropped; the next command opens another and nothing is left blocked.
        let appended = try await store.appendEvent(taskID: "t4", TaskEvent(type: "task.created", data: "{}"))
        #expect(try await store.events(taskID: "t4", after: nil, limit: 10).map(\.id) == [appended])
        try await waitUntil("the server to see the interrupted reader go") { try await blockedClients(redis) == 0 }
    }
}
