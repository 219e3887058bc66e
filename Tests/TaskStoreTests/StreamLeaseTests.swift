import Foundation
import TestSupport
import Testing
@testable import TaskStore

@Suite("Event stream leases")
struct StreamLeaseTests {
    @Test("a teacher's streams and all streams are bounded, and a released or expired lease frees its place")
    func bounded() async throws {
        let redis = try RedisServer(cluster: true)
        let store = try makeStore(redis)
        // The clock is the test's; the keys' TTLs are Redis's own, in real time: a lifetime of an hour
        // keeps a test stalled by a loaded machine from losing its leases midway.
        func acquire(_ teacher: String, _ lease: String, at now: Int64 = 1000) async throws -> StreamAdmission {
            try await store.acquireStream(teacher: teacher, lease: lease, lifetime: .seconds(3600), perTeacher: 2, total: 3, nowMilliseconds: now)
        }
        #expect(try await acquire("a", "a1") == .acquired)
        #expect(try await acquire("a", "a2") == .acquired)
        // The first of the teacher's leases expires 3,605 s (lifetime and margin) after it was taken.
        #expect(try await acquire("a", "a3", at: 2000) == .refused(.teacher, retryAfter: .milliseconds(3_604_000)))
        #expect(try await acquire("b", "b1") == .acquired)
        #expect(try await acquire("c", "c1") == .refused(.total, retryAfter: .milliseconds(3_605_000)))
        try await store.releaseStream(teacher: "a", lease: "a1")
        #expect(try await acquire("c", "c1") == .acquired)
        #expect(try await ttlMilliseconds(redis, "teacher:{c}:streams") > 0)
        #expect(try await ttlMilliseconds(redis, "streams") > 0)
        // Past their expiry, leases never released no longer count.
        #expect(try await acquire("d", "d1", at: 1000 + 3_605_001) == .acquired)
    }

    @Test("the last event id is the newest entry's")
    func lastEvent() async throws {
        let redis = try RedisServer(cluster: true)
        let store = try makeStore(redis)
        #expect(try await store.lastEventID(taskID: "t") == nil)
        try await store.createTask(TaskRecord(id: "t", requestJSON: "{}", createdAtMilliseconds: 1))
        _ = try await store.appendEvent(taskID: "t", TaskEvent(type: "accepted", data: "{}"))
        let last = try await store.appendEvent(taskID: "t", TaskEvent(type: "completed", data: "{}"))
        #expect(try await store.lastEventID(taskID: "t") == last)
    }
}
