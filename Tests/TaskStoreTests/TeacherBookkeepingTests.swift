import Foundation
import TestSupport
import Testing
@testable import TaskStore

@Suite("Owners, deletion and per-teacher limits")
struct TeacherBookkeepingTests {
    @Test("a task keeps its owner")
    func owner() async throws {
        let redis = try RedisServer(cluster: true)
        let store = try makeStore(redis)
        try await store.createTask(TaskRecord(id: "t1", requestJSON: "{}", createdAtMilliseconds: 1, owner: "teacher-a"))
        #expect(try await store.task(id: "t1")?.owner == "teacher-a")
    }

    @Test("deleting a task removes every one of its keys at once and leaves a tombstone")
    func delete() async throws {
        let redis = try RedisServer(cluster: true)
        let store = try makeStore(redis)
        try await store.createTask(TaskRecord(id: "t2", requestJSON: "{}", createdAtMilliseconds: 1))
        try await store.updateVersion(taskID: "t2", version: 2, VersionUpdate(status: .completed, text: "본문"))
        _ = try await store.appendEvent(taskID: "t2", TaskEvent(type: "accepted", data: "{}"))
        _ = try await store.settleVersion(taskID: "t2", version: 2)
        #expect(try await store.claimAttempt(.stage(.refine, taskID: "t2", version: 1), token: "x", lease: .seconds(600), startedAtMilliseconds: 1).outcome == .claimed)
        try await store.markDone(.draft(taskID: "t2"), token: "y", finishedAtMilliseconds: 1, durationMilliseconds: 0)
        try await store.createTask(TaskRecord(id: "t20", requestJSON: "{}", createdAtMilliseconds: 1))

        #expect(try await store.deleteTask(id: "t2"))
        let client = try RedisClient(url: RedisURL(parsing: redis.url))
        // Only the tombstone, which holds no text, is left.
        let left = try await client.send(["KEYS", "task:{t2}:*"]).array?.compactMap(\.string) ?? []
        #expect(left == ["task:{t2}:deleted"])
        #expect(try await store.task(id: "t2") == nil)
        #expect(try await store.task(id: "t20") != nil)
        #expect(try await store.deleteTask(id: "t2") == false)
    }

    @Test("requests are counted per window and the counter expires")
    func requestCounts() async throws {
        let redis = try RedisServer(cluster: true)
        let store = try makeStore(redis)
        #expect(try await store.countRequest(teacher: "a", window: .seconds(60)) == 1)
        #expect(try await store.countRequest(teacher: "a", window: .seconds(60)) == 2)
        #expect(try await store.countRequest(teacher: "b", window: .seconds(60)) == 1)
        let client = try RedisClient(url: RedisURL(parsing: redis.url))
        for key in try await client.send(["KEYS", "teacher:*"]).array?.compactMap(\.string) ?? [] {
            #expect(try await ttlMilliseconds(redis, key) > 0)
        }
    }

    @Test("the previous window's requests count for the part of the window not yet past")
    func slidingWindow() async throws {
        let redis = try RedisServer(cluster: true)
        let store = try makeStore(redis)
        let window: Int64 = 3_600_000
        let client = try RedisClient(url: RedisURL(parsing: redis.url))
        func now() -> Int64 { Int64(Date().timeIntervalSince1970 * 1000) }
        // An hour that turns mid-test moves the windows under it: then the test runs again, in the new hour
        // and for another teacher.
        for teacher in ["c", "d"] {
            let current = now() / window
            _ = try await client.send(["SET", "teacher:{\(teacher)}:requests:\(current - 1)", "10", "PX", "60000"])
            let count = try await store.countRequest(teacher: teacher, window: .milliseconds(window))
            let after = now()
            guard after / window == current else { continue }
            // One now, plus the ten of the hour before weighted by what is left of this hour.
            let elapsed = Double(after % window) / Double(window)
            #expect(count >= 1 + Int((10 * (1 - elapsed)).rounded(.down)))
            #expect(count <= 11)
            return
        }
        Issue.record("the hour turned during both runs")
    }
}
