import TestSupport
import Testing

@testable import TaskStore

extension TaskStoreConformance {
    @Suite("A deleted task's tombstone refuses every later write")
    struct Tombstones {
        @Test("every write to a deleted task throws TaskDeleted and writes nothing", arguments: StoreKind.allCases)
        func writesAfterDelete(_ kind: StoreKind) async throws {
            let fixture = try await StoreUnderTest(kind)
            let store = fixture.store
            try await store.createTask(TaskRecord(id: "t", requestJSON: #"{"activities":"마커"}"#, createdAtMilliseconds: 1))
            try await store.updateVersion(taskID: "t", version: 1, VersionUpdate(status: .running, inputs: [.refine: "마커 초안"]))
            #expect(try await store.deleteTask(id: "t"))

            // What a stage that read the task just before the delete would write next.
            await #expect(throws: TaskDeleted.self) { try await store.setTaskStatus(id: "t", .running, failureReason: nil) }
            await #expect(throws: TaskDeleted.self) {
                try await store.updateVersion(taskID: "t", version: 1, VersionUpdate(status: .completed, text: "마커 완성"))
            }
            await #expect(throws: TaskDeleted.self) {
                try await store.initializeVersion(taskID: "t", version: 2, VersionUpdate(status: .running, inputs: [.refine: "마커"]))
            }
            await #expect(throws: TaskDeleted.self) { _ = try await store.settleVersion(taskID: "t", version: 1) }
            await #expect(throws: TaskDeleted.self) { _ = try await store.appendEvent(taskID: "t", TaskEvent(type: "version", data: "마커")) }
            await #expect(throws: TaskDeleted.self) {
                _ = try await store.appendEvent(taskID: "t", TaskEvent(type: "version", data: "마커"), once: "v1:finalize")
            }
            await #expect(throws: TaskDeleted.self) {
                try await store.recordUsage(taskID: "t", ModelUsage(stage: .refine, model: "m", promptTokens: 1, completionTokens: 1))
            }
            await #expect(throws: TaskDeleted.self) {
                try await store.recordAttemptFinished(
                    taskID: "t", stage: .refine, version: 1, atMilliseconds: 2, durationMilliseconds: 1, outcome: .done)
            }
            await #expect(throws: TaskDeleted.self) {
                _ = try await store.claimAttempt(
                    .stage(.finalize, taskID: "t", version: 1), token: "x", lease: .seconds(600), startedAtMilliseconds: 1)
            }
            await #expect(throws: TaskDeleted.self) {
                try await store.markDone(.stage(.finalize, taskID: "t", version: 1), token: "x", finishedAtMilliseconds: 2, durationMilliseconds: 1)
            }

            #expect(try await fixture.keys(startingWith: "task:{t}") == ["task:{t}:deleted"])
            #expect(try await fixture.ttl("task:{t}:deleted") > 0)
            #expect(try await store.task(id: "t") == nil)
        }

        @Test("another task's writes are not affected", arguments: StoreKind.allCases)
        func otherTasks(_ kind: StoreKind) async throws {
            let fixture = try await StoreUnderTest(kind)
            let store = fixture.store
            try await store.createTask(TaskRecord(id: "a", requestJSON: "{}", createdAtMilliseconds: 1))
            try await store.createTask(TaskRecord(id: "b", requestJSON: "{}", createdAtMilliseconds: 1))
            _ = try await store.deleteTask(id: "a")
            try await store.setTaskStatus(id: "b", .running, failureReason: nil)
            #expect(try await store.task(id: "b")?.status == .running)
        }

        @Test("deleting a task removes every one of its keys at once and leaves a tombstone", arguments: StoreKind.allCases)
        func delete(_ kind: StoreKind) async throws {
            let fixture = try await StoreUnderTest(kind)
            let store = fixture.store
            try await store.createTask(TaskRecord(id: "t2", requestJSON: "{}", createdAtMilliseconds: 1, owner: "teacher-a"))
            #expect(try await store.task(id: "t2")?.owner == "teacher-a")
            try await store.updateVersion(taskID: "t2", version: 2, VersionUpdate(status: .completed, text: "본문"))
            _ = try await store.appendEvent(taskID: "t2", TaskEvent(type: "accepted", data: "{}"))
            _ = try await store.settleVersion(taskID: "t2", version: 2)
            #expect(try await store.claimAttempt(
                .stage(.refine, taskID: "t2", version: 1), token: "x", lease: .seconds(600), startedAtMilliseconds: 1).outcome == .claimed)
            try await store.markDone(.draft(taskID: "t2"), token: "y", finishedAtMilliseconds: 1, durationMilliseconds: 0)
            try await store.createTask(TaskRecord(id: "t20", requestJSON: "{}", createdAtMilliseconds: 1))

            #expect(try await store.deleteTask(id: "t2"))
            #expect(try await fixture.keys(startingWith: "task:{t2}:") == ["task:{t2}:deleted"])
            #expect(try await store.task(id: "t2") == nil)
            #expect(try await store.task(id: "t20") != nil)
            #expect(try await store.deleteTask(id: "t2") == false)
        }
    }
}
