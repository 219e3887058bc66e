import TestSupport
import Testing

@testable import TaskStore

extension TaskStoreConformance {
    @Suite("The teacher's choice is kept beside its task and goes with it")
    struct Choices {
        static let choice = TaskChoice(
            version: 2, text: "전지 실험을 설계함.", edited: true, final: true, bytes: 27, reportJSON: #"{"passes":true}"#, chosenAtMilliseconds: 5)

        @Test("a choice round-trips, replaces the one before and expires no later than its task", arguments: StoreKind.allCases)
        func roundTripAndTTL(_ kind: StoreKind) async throws {
            let fixture = try await StoreUnderTest(kind, retention: .seconds(3_600))
            let store = fixture.store
            try await store.createTask(TaskRecord(id: "t", requestJSON: "{}", createdAtMilliseconds: 1))
            #expect(try await store.choice(taskID: "t") == nil)
            #expect(try await store.setChoice(taskID: "t", TaskChoice(
                version: 1, text: "처음 고른 글임.", edited: false, final: false, bytes: 20, reportJSON: "{}", chosenAtMilliseconds: 4)))
            #expect(try await store.setChoice(taskID: "t", Self.choice))
            #expect(try await store.choice(taskID: "t") == Self.choice)
            // The choice is given the task's expiry itself: read after the task's, its TTL is no longer.
            let taskTTL = try await fixture.ttl("task:{t}")
            let choiceTTL = try await fixture.ttl("task:{t}:choice")
            #expect(choiceTTL > 0 && choiceTTL <= taskTTL && taskTTL <= 3_600_000, "choice \(choiceTTL), task \(taskTTL)")
        }

        @Test("no task, no choice; a deleted task's choice is removed and cannot come back", arguments: StoreKind.allCases)
        func goneTasks(_ kind: StoreKind) async throws {
            let fixture = try await StoreUnderTest(kind)
            let store = fixture.store
            #expect(try await store.setChoice(taskID: "missing", Self.choice) == false)
            #expect(try await fixture.ttl("task:{missing}:choice") == -2)

            try await store.createTask(TaskRecord(id: "t", requestJSON: "{}", createdAtMilliseconds: 1))
            #expect(try await store.setChoice(taskID: "t", Self.choice))
            #expect(try await store.deleteTask(id: "t"))
            #expect(try await store.choice(taskID: "t") == nil)
            await #expect(throws: TaskDeleted.self) { _ = try await store.setChoice(taskID: "t", Self.choice) }
            #expect(try await fixture.ttl("task:{t}:choice") == -2)
        }
    }
}
