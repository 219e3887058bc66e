import TestSupport
import Testing

@testable import TaskStore

extension TaskStoreConformance {
    @Suite("Event stream leases")
    struct StreamLeases {
        @Test("a teacher's streams and all streams are bounded, and a released or expired lease frees its place",
              arguments: StoreKind.allCases)
        func bounded(_ kind: StoreKind) async throws {
            let fixture = try await StoreUnderTest(kind)
            let store = fixture.store
            // The leases' times are the test's; the keys' TTLs are the store's own: a lifetime of an hour
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
            #expect(try await fixture.ttl("teacher:{c}:streams") > 0)
            #expect(try await fixture.ttl("streams") > 0)
            // Past their expiry, leases never released no longer count.
            #expect(try await acquire("d", "d1", at: 1000 + 3_605_001) == .acquired)
        }
    }

    @Suite("Per-teacher request counts")
    struct RequestCounts {
        @Test("requests are counted per teacher and window, and the counters expire", arguments: StoreKind.allCases)
        func requestCounts(_ kind: StoreKind) async throws {
            let fixture = try await StoreUnderTest(kind)
            let store = fixture.store
            #expect(try await store.countRequest(teacher: "a", window: .seconds(60)) == 1)
            #expect(try await store.countRequest(teacher: "a", window: .seconds(60)) == 2)
            #expect(try await store.countRequest(teacher: "b", window: .seconds(60)) == 1)
            for key in try await fixture.keys(startingWith: "teacher:") {
                let ttl = try await fixture.ttl(key)
                #expect(ttl > 0 && ttl <= 120_000, "\(key) has PTTL \(ttl)")
            }
        }
    }
}
