@testable import TaskStore
import TestSupport
import Testing

@Suite("A deleted task's tombstone refuses every later write")
struct TombstoneTests {
    @Test("every write to a deleted task throws TaskDeleted and writes nothing")
    func writesAfterDelete() async throws {
        let redis = try RedisServer(cluster: true)
        let store = try makeStore(redis)
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
            _ = try await store.claimAttempt(.stage(.finalize, taskID: "t", version: 1), token: "x", lease: .seconds(600), startedAtMilliseconds: 1)
        }
        await #expect(throws: TaskDeleted.self) {
            try await store.markDone(.stage(.finalize, taskID: "t", version: 1), token: "x", finishedAtMilliseconds: 2, durationMilliseconds: 1)
        }

        let client = try RedisClient(url: RedisURL(parsing: redis.url))
        let left = try await client.send(["KEYS", "task:{t}*"]).array?.compactMap(\.string)
        #expect(left == ["task:{t}:deleted"])
        #expect(try await ttlMilliseconds(redis, "task:{t}:deleted") > 0)
        #expect(try await store.task(id: "t") == nil)
    }

    @Test("another task's writes are not affected")
    func otherTasks() async throws {
        let redis = try RedisServer(cluster: true)
        let store = try makeStore(redis)
        try await store.createTask(TaskRecord(id: "a", requestJSON: "{}", createdAtMilliseconds: 1))
        try await store.createTask(TaskRecord(id: "b", requestJSON: "{}", createdAtMilliseconds: 1))
        _ = try await store.deleteTask(id: "a")
        try await store.setTaskStatus(id: "b", .running, failureReason: nil)
        #expect(try await store.task(id: "b")?.status == .running)
    }
}
