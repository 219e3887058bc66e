import TestSupport
import Testing

@testable import TaskStore

@Suite("Task event stream")
struct EventStreamTests {
    @Test("events come back in order and a reader resumes after its last id")
    func orderAndResume() async throws {
        let redis = try RedisServer(cluster: true)
        let store = try makeStore(redis)
        var ids: [String] = []
        for index in 0..<5 {
            ids.append(try await store.appendEvent(taskID: "t1", TaskEvent(type: "step", data: #"{"n":\#(index)}"#)))
        }
        let all = try await store.events(taskID: "t1", after: nil, limit: 100)
        #expect(all.map(\.id) == ids)
        #expect(all.map(\.data) == (0..<5).map { #"{"n":\#($0)}"# })
        #expect(all.allSatisfy { $0.type == "step" })

        let resumed = try await store.events(taskID: "t1", after: ids[1], limit: 100)
        #expect(resumed.map(\.id) == Array(ids[2...]))
        #expect(try await store.events(taskID: "t1", after: ids[4], limit: 100).isEmpty)
        #expect(try await store.events(taskID: "t1", after: nil, limit: 2).map(\.id) == Array(ids[..<2]))
    }

    @Test("a waiting reader wakes for the next event, and times out empty when none comes")
    func blockingRead() async throws {
        let redis = try RedisServer(cluster: true)
        let store = try makeStore(redis)
        let first = try await store.appendEvent(taskID: "t2", TaskEvent(type: "a", data: "1"))
        #expect(try await store.waitForEvents(taskID: "t2", after: first, limit: 10, timeout: .milliseconds(100)).isEmpty)

        let waiter = Task { try await store.waitForEvents(taskID: "t2", after: first, limit: 10, timeout: safetyTimeout) }
        try await waitUntil("the reader to block on the stream") { try await blockedClients(redis) == 1 }
        let second = try await store.appendEvent(taskID: "t2", TaskEvent(type: "b", data: "2"))
        let woken = try await waiter.value
        #expect(woken == [TaskEvent(id: second, type: "b", data: "2")])
        #expect(try await store.waitForEvents(taskID: "t2", after: nil, limit: 10, timeout: .milliseconds(100)).count == 2)
    }

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

    @Test("cancelling a reader blocked on the stream ends its wait at once, and the store goes on working")
    func cancelledReaderStopsWaiting() async throws {
        let redis = try RedisServer(cluster: true)
        let store = try makeStore(redis, maximumConnections: 1)
        let waiter = Task { try await store.waitForEvents(taskID: "t4", after: nil, limit: 10, timeout: safetyTimeout) }
        try await waitUntil("the reader to block on the stream") { try await blockedClients(redis) == 1 }
        waiter.cancel()
        // Without the interruption the wait would run its full time and answer no events.
        await #expect(throws: RedisError.cancelled) { try await waiter.value }
        // The only connection was dropped; the next command opens another and nothing is left blocked.
        let appended = try await store.appendEvent(taskID: "t4", TaskEvent(type: "task.created", data: "{}"))
        #expect(try await store.events(taskID: "t4", after: nil, limit: 10).map(\.id) == [appended])
        try await waitUntil("the server to see the interrupted reader go") { try await blockedClients(redis) == 0 }
    }
}

@Suite("Events appended once")
struct EventOnceTests {
    @Test("an event with the same once-key is appended a single time, and deleting the task removes its marker")
    func appendOnce() async throws {
        let redis = try RedisServer(cluster: true)
        let store = try makeStore(redis)
        try await store.createTask(TaskRecord(id: "e", requestJSON: "{}", createdAtMilliseconds: 0))
        let first = try await store.appendEvent(taskID: "e", TaskEvent(type: "refined", data: "{}"), once: "v1:refine")
        let again = try await store.appendEvent(taskID: "e", TaskEvent(type: "refined", data: "{}"), once: "v1:refine")
        let other = try await store.appendEvent(taskID: "e", TaskEvent(type: "refined", data: "{}"), once: "v2:refine")
        #expect(first != nil && again == nil && other != nil)
        #expect(try await store.events(taskID: "e", after: nil, limit: 10).count == 2)
        #expect(try await ttlMilliseconds(redis, "task:{e}:event:v1:refine") > 0)
        #expect(try await store.deleteTask(id: "e"))
        let client = try RedisClient(url: RedisURL(parsing: redis.url))
        // Only the tombstone, which holds no text, is left.
        let left = try await client.send(["KEYS", "task:{e}*"]).array?.compactMap(\.string)
        #expect(left == ["task:{e}:deleted"])
    }
}
