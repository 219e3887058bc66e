import TestSupport
import Testing

@testable import TaskStore

extension TaskStoreConformance {
    @Suite("Task and version state")
    struct TaskState {
        @Test("a task round-trips and its status changes", arguments: StoreKind.allCases)
        func taskRoundTrip(_ kind: StoreKind) async throws {
            let fixture = try await StoreUnderTest(kind)
            let store = fixture.store
            let task = TaskRecord(id: "t1", requestJSON: #"{"section":"진로","notes":"학생이 …"}"#, createdAtMilliseconds: 1_795_000_000_000)
            try await store.createTask(task)
            #expect(try await store.task(id: "t1") == task)
            #expect(try await store.task(id: "missing") == nil)

            try await store.setTaskStatus(id: "t1", .failed, failureReason: "version 2 failed")
            let failed = try #require(try await store.task(id: "t1"))
            #expect(failed.status == .failed)
            #expect(failed.failureReason == "version 2 failed")
            #expect(failed.requestJSON == task.requestJSON)
        }

        @Test("version updates merge field by field, stage statuses included", arguments: StoreKind.allCases)
        func versionUpdates(_ kind: StoreKind) async throws {
            let fixture = try await StoreUnderTest(kind)
            let store = fixture.store
            try await store.updateVersion(taskID: "t1", version: 2, VersionUpdate(status: .running, stages: [.refine: .running]))
            try await store.updateVersion(
                taskID: "t1", version: 2,
                VersionUpdate(stages: [.refine: .done, .finalize: .running], text: "성실하게 참여함.", bytes: 23, reportJSON: #"{"ok":true}"#))
            let version = try #require(try await store.version(taskID: "t1", version: 2))
            #expect(version == VersionRecord(
                number: 2, status: .running, stages: [.refine: .done, .finalize: .running],
                text: "성실하게 참여함.", bytes: 23, reportJSON: #"{"ok":true}"#))
            #expect(try await store.version(taskID: "t1", version: 3) == nil)
        }

        @Test("each stage's producer and input are kept with the version", arguments: StoreKind.allCases)
        func producers(_ kind: StoreKind) async throws {
            let fixture = try await StoreUnderTest(kind)
            let store = fixture.store
            try await store.updateVersion(taskID: "t1", version: 1, VersionUpdate(producers: [.draft: "model:gpt-4o-mini"], inputs: [.refine: "초안"]))
            try await store.updateVersion(taskID: "t1", version: 1, VersionUpdate(producers: [.refine: "offline"]))
            let version = try #require(try await store.version(taskID: "t1", version: 1))
            #expect(version.producers == [.draft: "model:gpt-4o-mini", .refine: "offline"])
            #expect(version.inputs == [.refine: "초안"])
        }

        @Test("usage adds up per stage and model, model names with bars included", arguments: StoreKind.allCases)
        func usageTotals(_ kind: StoreKind) async throws {
            let fixture = try await StoreUnderTest(kind)
            let store = fixture.store
            try await store.recordUsage(taskID: "t1", ModelUsage(stage: .refine, model: "a|b", promptTokens: 10, completionTokens: 4))
            try await store.recordUsage(taskID: "t1", ModelUsage(stage: .draft, model: "main", promptTokens: 100, completionTokens: 50))
            try await store.recordUsage(taskID: "t1", ModelUsage(stage: .refine, model: "a|b", promptTokens: 7, completionTokens: 3))
            #expect(try await store.usage(taskID: "t1") == [
                ModelUsage(stage: .draft, model: "main", calls: 1, promptTokens: 100, completionTokens: 50),
                ModelUsage(stage: .refine, model: "a|b", calls: 2, promptTokens: 17, completionTokens: 7),
            ])
            #expect(try await store.usage(taskID: "none") == [])
            #expect(try await store.deleteTask(id: "t1") == true)
            #expect(try await store.usage(taskID: "t1") == [])
        }

        @Test("a failed version reopens with its task, without the old reasons; others are left alone", arguments: StoreKind.allCases)
        func reopen(_ kind: StoreKind) async throws {
            let fixture = try await StoreUnderTest(kind)
            let store = fixture.store
            try await store.createTask(TaskRecord(id: "t1", requestJSON: "{}", createdAtMilliseconds: 1))
            try await store.setTaskStatus(id: "t1", .failed, failureReason: "refine failed")
            try await store.updateVersion(
                taskID: "t1", version: 1, VersionUpdate(status: .failed, stages: [.refine: .failed], failureReason: "refine failed"))
            try await store.updateVersion(taskID: "t1", version: 2, VersionUpdate(status: .completed))
            let refine1 = ClaimKey.stage(.refine, taskID: "t1", version: 1)
            #expect(try await store.claimAttempt(refine1, token: "a", lease: .seconds(600), startedAtMilliseconds: 1).reopened)
            let version = try #require(try await store.version(taskID: "t1", version: 1))
            #expect(version.status == .running && version.stages[.refine] == .running && version.failureReason == nil)
            let task = try #require(try await store.task(id: "t1"))
            #expect(task.status == .running && task.failureReason == nil)
            _ = try await store.releaseClaim(refine1, token: "a")
            #expect(try await store.claimAttempt(refine1, token: "b", lease: .seconds(600), startedAtMilliseconds: 2).reopened == false)
            #expect(try await store.claimAttempt(
                .stage(.refine, taskID: "t1", version: 2), token: "c", lease: .seconds(600), startedAtMilliseconds: 3).reopened == false)
            #expect(try await store.version(taskID: "t1", version: 2)?.status == .completed)

            // Completing drops a reason left from before.
            try await store.updateVersion(taskID: "t1", version: 3, VersionUpdate(status: .failed, failureReason: "x"))
            try await store.updateVersion(taskID: "t1", version: 3, VersionUpdate(status: .completed))
            #expect(try await store.version(taskID: "t1", version: 3)?.failureReason == nil)
            try await store.setTaskStatus(id: "t1", .failed, failureReason: "y")
            try await store.setTaskStatus(id: "t1", .completed, failureReason: nil)
            #expect(try await store.task(id: "t1")?.failureReason == nil)
        }

        @Test("settling counts each version once", arguments: StoreKind.allCases)
        func settle(_ kind: StoreKind) async throws {
            let fixture = try await StoreUnderTest(kind)
            let store = fixture.store
            #expect(try await store.settleVersion(taskID: "t1", version: 1) == 1)
            #expect(try await store.settleVersion(taskID: "t1", version: 1) == 1)
            #expect(try await store.settleVersion(taskID: "t1", version: 3) == 2)
        }

        @Test("a failure reason is kept per SQS message id", arguments: StoreKind.allCases)
        func messageReason(_ kind: StoreKind) async throws {
            let fixture = try await StoreUnderTest(kind)
            let store = fixture.store
            try await store.recordMessageFailure(messageID: "m-1", reason: "model timed out on the final attempt")
            #expect(try await store.messageFailure(messageID: "m-1") == "model timed out on the final attempt")
            #expect(try await store.messageFailure(messageID: "m-2") == nil)
        }

        @Test("every key the store writes has a TTL within the retention", arguments: StoreKind.allCases)
        func everyKeyExpires(_ kind: StoreKind) async throws {
            let fixture = try await StoreUnderTest(kind, retention: .seconds(3_600))
            let store = fixture.store
            try await store.createTask(TaskRecord(id: "t9", requestJSON: "{}", createdAtMilliseconds: 1))
            try await store.setTaskStatus(id: "t9", .running, failureReason: nil)
            try await store.updateVersion(taskID: "t9", version: 1, VersionUpdate(status: .running))
            let draft = ClaimKey.draft(taskID: "t9")
            _ = try await store.claimAttempt(draft, token: "x", lease: .seconds(60), startedAtMilliseconds: 1).outcome
            try await store.markDone(draft, token: "x", finishedAtMilliseconds: 1, durationMilliseconds: 0)
            _ = try await store.claimAttempt(
                ClaimKey.stage(.refine, taskID: "t9", version: 1), token: "y", lease: .seconds(60), startedAtMilliseconds: 1).outcome
            _ = try await store.settleVersion(taskID: "t9", version: 1)
            _ = try await store.appendEvent(taskID: "t9", TaskEvent(type: "task.created", data: "{}"))
            try await store.recordMessageFailure(messageID: "m-9", reason: "r")
            try await store.recordUsage(taskID: "t9", ModelUsage(stage: .draft, model: "m", promptTokens: 1, completionTokens: 1))

            let keys = try await fixture.keys(startingWith: "")
            #expect(keys == [
                "msg:m-9:reason", "task:{t9}", "task:{t9}:attempts", "task:{t9}:draft:done", "task:{t9}:events", "task:{t9}:settled",
                "task:{t9}:usage", "task:{t9}:v1", "task:{t9}:v1:refine",
            ])
            for key in keys {
                let ttl = try await fixture.ttl(key)
                #expect(ttl > 0 && ttl <= 3_600_000, "\(key) has PTTL \(ttl)")
            }
        }

        @Test("a version's first state never overwrites a later one", arguments: StoreKind.allCases)
        func initializeOnlyWhenAbsent(_ kind: StoreKind) async throws {
            let fixture = try await StoreUnderTest(kind)
            let store = fixture.store
            try await store.initializeVersion(taskID: "t", version: 1, VersionUpdate(status: .running, stages: [.draft: .done]))
            #expect(try await store.version(taskID: "t", version: 1)?.status == .running)
            try await store.updateVersion(taskID: "t", version: 1, VersionUpdate(status: .completed, stages: [.finalize: .done], text: "완성함."))
            try await store.initializeVersion(taskID: "t", version: 1, VersionUpdate(status: .running, stages: [.finalize: .pending]))
            let version = try #require(try await store.version(taskID: "t", version: 1))
            #expect(version.status == .completed)
            #expect(version.stages[.finalize] == .done)
            #expect(version.text == "완성함.")
            #expect(try await fixture.ttl("task:{t}:v1") > 0)
        }
    }
}
