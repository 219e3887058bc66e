import TestSupport
import Testing

@testable import TaskStore

extension TaskStoreConformance {
    @Suite("Event logs")
    struct EventLogs {
        @Test("events come back in order and a reader resumes after its last id", arguments: StoreKind.allCases)
        func orderAndResume(_ kind: StoreKind) async throws {
            let fixture = try await StoreUnderTest(kind)
            let store = fixture.store
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
            // Nothing can follow the largest id there is.
            #expect(try await store.events(taskID: "t1", after: "\(UInt64.max)-\(UInt64.max)", limit: 10).isEmpty)
            #expect(try await store.lastEventID(taskID: "t1") == ids[4])
            #expect(try await store.lastEvent(taskID: "t1")?.data == #"{"n":4}"#)
            #expect(try await store.lastEventID(taskID: "none") == nil)
        }

        @Test("a waiting reader wakes for the next event, and times out empty when none comes", arguments: StoreKind.allCases)
        func blockingRead(_ kind: StoreKind) async throws {
            let fixture = try await StoreUnderTest(kind)
            let store = fixture.store
            let first = try await store.appendEvent(taskID: "t2", TaskEvent(type: "a", data: "1"))
            let timingOut = Task { try await store.waitForEvents(taskID: "t2", after: first, limit: 10, timeout: .milliseconds(100)) }
            try await fixture.runOut(readerTimeout: .milliseconds(100))
            #expect(try await timingOut.value.isEmpty)
            try await fixture.waitForBlockedReaders(0)

            let waiter = Task { try await store.waitForEvents(taskID: "t2", after: first, limit: 10, timeout: safetyTimeout) }
            try await fixture.waitForBlockedReaders(1)
            let second = try await store.appendEvent(taskID: "t2", TaskEvent(type: "b", data: "2"))
            #expect(try await waiter.value == [TaskEvent(id: second, type: "b", data: "2")])
            // Entries already there come back at once.
            #expect(try await store.waitForEvents(taskID: "t2", after: nil, limit: 10, timeout: safetyTimeout).count == 2)
        }

        @Test("cancelling a waiting reader ends its wait at once, and the store goes on working", arguments: StoreKind.allCases)
        func cancelledReaderStopsWaiting(_ kind: StoreKind) async throws {
            let fixture = try await StoreUnderTest(kind)
            let store = fixture.store
            let waiter = Task { try await store.waitForEvents(taskID: "t4", after: nil, limit: 10, timeout: safetyTimeout) }
            try await fixture.waitForBlockedReaders(1)
            waiter.cancel()
            // Without the interruption the wait would run its full time and answer no events.
            await #expect(throws: (any Error).self) { try await waiter.value }
            let appended = try await store.appendEvent(taskID: "t4", TaskEvent(type: "task.created", data: "{}"))
            #expect(try await store.events(taskID: "t4", after: nil, limit: 10).map(\.id) == [appended])
            try await fixture.waitForBlockedReaders(0)
        }

        @Test("an event with the same once-key is appended a single time, and deleting the task removes its marker",
              arguments: StoreKind.allCases)
        func appendOnce(_ kind: StoreKind) async throws {
            let fixture = try await StoreUnderTest(kind)
            let store = fixture.store
            try await store.createTask(TaskRecord(id: "e", requestJSON: "{}", createdAtMilliseconds: 0))
            let first = try await store.appendEvent(taskID: "e", TaskEvent(type: "refined", data: "{}"), once: "v1:refine")
            let again = try await store.appendEvent(taskID: "e", TaskEvent(type: "refined", data: "{}"), once: "v1:refine")
            let other = try await store.appendEvent(taskID: "e", TaskEvent(type: "refined", data: "{}"), once: "v2:refine")
            #expect(first != nil && again == nil && other != nil)
            #expect(try await store.events(taskID: "e", after: nil, limit: 10).count == 2)
            #expect(try await fixture.ttl("task:{e}:event:v1:refine") > 0)
            #expect(try await store.deleteTask(id: "e"))
            // Only the tombstone, which holds no text, is left.
            #expect(try await fixture.keys(startingWith: "task:{e}") == ["task:{e}:deleted"])
        }

        @Test("a batch's log relays its students' events, naming them, then its own event once", arguments: StoreKind.allCases)
        func batchLog(_ kind: StoreKind) async throws {
            let fixture = try await StoreUnderTest(kind)
            let store = fixture.store
            let tasks = ["s1", "s2"].map { TaskRecord(id: $0, requestJSON: "{}", createdAtMilliseconds: 1, owner: "a", batchID: "b") }
            let batch = BatchRecord(id: "b", owner: "a", createdAtMilliseconds: 1, rosterJSON: "{}", taskIDs: ["s1", "s2"])
            _ = try await store.admitBatch(batch, tasks: tasks, teacher: "a", inFlightLimit: 5, stageLimit: 2, nowMilliseconds: 1)
            #expect(try await store.appendBatchEvent(batchID: "missing", TaskEvent(type: "batch_completed", data: "{}"), once: "completed") == nil)

            _ = try await store.appendEvent(taskID: "s1", TaskEvent(type: "accepted", data: "{}"))
            _ = try await store.appendEvent(taskID: "s2", TaskEvent(type: "completed", data: "{}"), once: "completed:3")
            _ = try await store.appendEvent(taskID: "s2", TaskEvent(type: "completed", data: "{}"), once: "completed:3")
            let waiter = Task { try await store.waitForBatchEvents(batchID: "b", after: nil, limit: 10, timeout: safetyTimeout) }
            #expect(try await waiter.value.map { [$0.type, $0.taskID] } == [["accepted", "s1"], ["completed", "s2"]])

            let own = try await store.appendBatchEvent(batchID: "b", TaskEvent(type: "batch_completed", data: "{}"), once: "completed")
            #expect(own != nil)
            #expect(try await store.appendBatchEvent(batchID: "b", TaskEvent(type: "batch_completed", data: "{}"), once: "completed") == nil)
            let log = try await store.batchEvents(batchID: "b", after: nil, limit: 10)
            #expect(log.map(\.type) == ["accepted", "completed", "batch_completed"])
            #expect(log.last?.taskID == nil)
            #expect(try await store.lastBatchEventID(batchID: "b") == own)
            #expect(try await store.batchEvents(batchID: "b", after: log[0].id, limit: 10).map(\.type) == ["completed", "batch_completed"])
            #expect(try await fixture.ttl("batch:{b}:events") > 0)
        }
    }
}
