import TestSupport
import Testing

@testable import TaskStore

extension TaskStoreConformance {
    @Suite("Claims and done markers")
    struct Claims {
        @Test("the second claimant loses while the lease lives; the holder can claim again", arguments: StoreKind.allCases)
        func secondClaimantLoses(_ kind: StoreKind) async throws {
            let fixture = try await StoreUnderTest(kind)
            let store = fixture.store
            let key = ClaimKey.stage(.refine, taskID: "t1", version: 2)
            #expect(key.key == "task:{t1}:v2:refine")

            #expect(try await store.claimAttempt(key, token: "a", lease: .seconds(600), startedAtMilliseconds: 1).outcome == .claimed)
            guard case .heldByAnother(let remaining) = try await store.claimAttempt(
                key, token: "b", lease: .seconds(600), startedAtMilliseconds: 1).outcome
            else {
                Issue.record("the second claimant must lose")
                return
            }
            #expect(remaining > .zero && remaining <= .seconds(600))
            #expect(try await store.claimAttempt(key, token: "a", lease: .seconds(600), startedAtMilliseconds: 1).outcome == .claimed)
        }

        @Test("of many concurrent claimants exactly one wins", arguments: StoreKind.allCases)
        func exactlyOnce(_ kind: StoreKind) async throws {
            let fixture = try await StoreUnderTest(kind)
            let store = fixture.store
            let key = ClaimKey.stage(.finalize, taskID: "t5", version: 1)
            let winners = await withTaskGroup(of: Bool.self) { group in
                for index in 0..<20 {
                    group.addTask {
                        let attempt = try? await store.claimAttempt(key, token: "w\(index)", lease: .seconds(600), startedAtMilliseconds: 1)
                        return attempt?.outcome == .claimed
                    }
                }
                return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
            }
            #expect(winners == 1)
            #expect(try await store.attempts(taskID: "t5").map(\.attempts) == [1])
        }

        @Test("an expired lease can be taken over", arguments: StoreKind.allCases)
        func expiredLease(_ kind: StoreKind) async throws {
            let fixture = try await StoreUnderTest(kind)
            let store = fixture.store
            let key = ClaimKey.draft(taskID: "t2")
            #expect(key.key == "task:{t2}:draft")

            #expect(try await store.claimAttempt(key, token: "crashed", lease: .milliseconds(100), startedAtMilliseconds: 1).outcome == .claimed)
            try await fixture.letPass(.milliseconds(100))
            #expect(try await store.claimAttempt(key, token: "next", lease: .seconds(600), startedAtMilliseconds: 1).outcome == .claimed)
            #expect(try await store.renewClaim(key, token: "crashed", lease: .seconds(600)) == false)
        }

        @Test("release and renew work only with the holder's token", arguments: StoreKind.allCases)
        func tokenChecked(_ kind: StoreKind) async throws {
            let fixture = try await StoreUnderTest(kind)
            let store = fixture.store
            let key = ClaimKey.stage(.finalize, taskID: "t3", version: 1)

            // A long lease: this test is about tokens, and a loaded machine can stall a test for tens of
            // seconds: the claim must not expire midway.
            #expect(try await store.claimAttempt(key, token: "owner", lease: .seconds(600), startedAtMilliseconds: 1).outcome == .claimed)
            #expect(try await store.releaseClaim(key, token: "intruder") == false)
            #expect(try await store.renewClaim(key, token: "intruder", lease: .seconds(60)) == false)
            #expect(try await store.renewClaim(key, token: "owner", lease: .seconds(60)) == true)
            let ttl = try await fixture.ttl(key.key)
            #expect(ttl > 1_000 && ttl <= 60_000)
            #expect(try await store.releaseClaim(key, token: "owner") == true)
            #expect(try await store.claimAttempt(key, token: "intruder", lease: .seconds(1), startedAtMilliseconds: 1).outcome == .claimed)
        }

        @Test("a done marker answers every later claim and drops the holder's claim", arguments: StoreKind.allCases)
        func doneMarker(_ kind: StoreKind) async throws {
            let fixture = try await StoreUnderTest(kind)
            let store = fixture.store
            let key = ClaimKey.stage(.refine, taskID: "t4", version: 3)

            #expect(try await store.isDone(key) == false)
            #expect(try await store.claimAttempt(key, token: "worker", lease: .seconds(600), startedAtMilliseconds: 1).outcome == .claimed)
            try await store.markDone(key, token: "worker", finishedAtMilliseconds: 1, durationMilliseconds: 0)
            #expect(try await store.isDone(key))
            #expect(try await store.claimAttempt(key, token: "redelivery", lease: .seconds(600), startedAtMilliseconds: 1).outcome == .alreadyDone)
            #expect(try await fixture.ttl(key.key) == -2)
            #expect(try await fixture.ttl(key.key + ":done") > 0)
        }
    }
}
