import TestSupport
import Testing

@testable import TaskStore

extension TaskStoreConformance {
    @Suite("Attempts, timings and fault switches")
    struct AttemptsAndFaults {
        @Test("attempts count per stage and version, with first and last start, duration and outcome", arguments: StoreKind.allCases)
        func attempts(_ kind: StoreKind) async throws {
            let fixture = try await StoreUnderTest(kind, retention: .seconds(3_600))
            let store = fixture.store
            let draft = ClaimKey.draft(taskID: "a1")
            let refine2 = ClaimKey.stage(.refine, taskID: "a1", version: 2)
            #expect(try await store.claimAttempt(draft, token: "d", lease: .seconds(600), startedAtMilliseconds: 1_000).outcome == .claimed)
            try await store.markDone(draft, token: "d", finishedAtMilliseconds: 1_040, durationMilliseconds: 40)
            // A claim that is not taken is not an attempt.
            #expect(try await store.claimAttempt(draft, token: "again", lease: .seconds(600), startedAtMilliseconds: 1_500).outcome == .alreadyDone)
            #expect(try await store.claimAttempt(refine2, token: "r", lease: .seconds(600), startedAtMilliseconds: 2_000).outcome == .claimed)
            guard case .heldByAnother = try await store.claimAttempt(
                refine2, token: "other", lease: .seconds(600), startedAtMilliseconds: 2_005).outcome
            else {
                Issue.record("a live claim must hold")
                return
            }
            try await store.recordAttemptFinished(
                taskID: "a1", stage: .refine, version: 2, atMilliseconds: 2_010, durationMilliseconds: 10, outcome: .retry)
            _ = try await store.releaseClaim(refine2, token: "r")
            #expect(try await store.claimAttempt(refine2, token: "r2", lease: .seconds(600), startedAtMilliseconds: 5_000).outcome == .claimed)
            _ = try await store.claimAttempt(.stage(.refine, taskID: "a1", version: 1), token: "x", lease: .seconds(600), startedAtMilliseconds: 2_000)
            #expect(try await store.isDone(draft))

            #expect(try await store.attempts(taskID: "a1") == [
                StageAttempts(stage: .draft, version: nil, attempts: 1, firstStartedAt: 1_000, lastStartedAt: 1_000, lastFinishedAt: 1_040,
                              lastDurationMilliseconds: 40, lastOutcome: .done),
                StageAttempts(stage: .refine, version: 1, attempts: 1, firstStartedAt: 2_000, lastStartedAt: 2_000),
                StageAttempts(stage: .refine, version: 2, attempts: 2, firstStartedAt: 2_000, lastStartedAt: 5_000, lastFinishedAt: 2_010,
                              lastDurationMilliseconds: 10, lastOutcome: .retry),
            ])
            let ttl = try await fixture.ttl("task:{a1}:attempts")
            #expect(ttl > 0 && ttl <= 3_600_000)
        }

        @Test("deleting a task removes its attempts with everything else", arguments: StoreKind.allCases)
        func deletedWithTheTask(_ kind: StoreKind) async throws {
            let fixture = try await StoreUnderTest(kind)
            let store = fixture.store
            try await store.createTask(TaskRecord(id: "a2", requestJSON: "{}", createdAtMilliseconds: 1))
            _ = try await store.claimAttempt(.stage(.finalize, taskID: "a2", version: 3), token: "t", lease: .seconds(600), startedAtMilliseconds: 1)
            #expect(try await store.deleteTask(id: "a2"))
            #expect(try await store.attempts(taskID: "a2") == [])
        }

        @Test("a fault switch is on until cleared or its TTL passes", arguments: StoreKind.allCases)
        func faults(_ kind: StoreKind) async throws {
            let fixture = try await StoreUnderTest(kind)
            let store = fixture.store
            #expect(try await store.fault(stage: .refine) == nil)
            try await store.setFault(stage: .refine, reason: "rehearsal", ttl: .seconds(60))
            let fault = try #require(try await store.fault(stage: .refine))
            #expect(fault.reason == "rehearsal" && fault.stage == .refine)
            #expect(fault.remainingMilliseconds > 50_000 && fault.remainingMilliseconds <= 60_000)
            #expect(try await store.fault(stage: .draft) == nil)
            #expect(try await store.clearFault(stage: .refine))
            #expect(try await store.clearFault(stage: .refine) == false)
            #expect(try await store.fault(stage: .refine) == nil)

            try await store.setFault(stage: .finalize, reason: "short", ttl: .milliseconds(100))
            try await fixture.letPass(.milliseconds(100))
            #expect(try await store.fault(stage: .finalize) == nil)
        }
    }
}
