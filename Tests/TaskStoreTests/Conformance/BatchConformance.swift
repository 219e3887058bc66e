import TestSupport
import Testing

@testable import TaskStore

extension TaskStoreConformance {
    @Suite("Batches in the store")
    struct Batches {
        static func task(_ id: String, at milliseconds: Int64 = 1_000) -> TaskRecord {
            TaskRecord(id: id, requestJSON: "{}", createdAtMilliseconds: milliseconds, owner: "a")
        }

        static func batch(_ id: String, tasks: [String], at milliseconds: Int64 = 1_000) -> BatchRecord {
            BatchRecord(id: id, owner: "a", createdAtMilliseconds: milliseconds, rosterJSON: #"{"students":[]}"#, taskIDs: tasks)
        }

        static func admit(_ store: any TaskStoring, batch id: String, tasks: [String], limit: Int = 5, at now: Int64 = 1_000) async throws
            -> TaskAdmission
        {
            try await store.admitBatch(
                batch(id, tasks: tasks, at: now), tasks: tasks.map { task($0, at: now) }, teacher: "a", inFlightLimit: limit, stageLimit: 2,
                nowMilliseconds: now)
        }

        @Test("a batch is stored with its tasks held in roster order, and every key expires", arguments: StoreKind.allCases)
        func storedInRosterOrder(_ kind: StoreKind) async throws {
            let fixture = try await StoreUnderTest(kind, retention: .seconds(3_600))
            let store = fixture.store
            let ids = ["t9", "t1", "t5", "t3"]
            #expect(try await Self.admit(store, batch: "b1", tasks: ids) == .accepted(handOver: ["t9", "t1"]))
            #expect(try await store.batch(id: "b1") == Self.batch("b1", tasks: ids))
            for id in ids { #expect(try await store.task(id: id)?.status == .queued) }
            // The next places in the stages go to the next students in the roster.
            try await store.setTaskStatus(id: "t9", .completed, failureReason: nil)
            #expect(try await store.releaseStage(teacher: "a", taskID: "t9", stageLimit: 2, nowMilliseconds: 2_000) == ["t5"])
            try await store.setTaskStatus(id: "t1", .completed, failureReason: nil)
            #expect(try await store.releaseStage(teacher: "a", taskID: "t1", stageLimit: 2, nowMilliseconds: 2_001) == ["t3"])
            for key in try await fixture.keys(startingWith: "") {
                let ttl = try await fixture.ttl(key)
                #expect(ttl > 0 && ttl <= 3_600_000, "\(key) has PTTL \(ttl)")
            }
            #expect(try await store.deleteBatch(id: "b1", teacher: "a"))
            #expect(try await store.batch(id: "b1") == nil)
            #expect(try await store.deleteBatch(id: "b1", teacher: "a") == false)
            #expect(try await store.work(.batches, teacher: "a", after: nil, limit: 10, nowMilliseconds: 2_000).entries.isEmpty)
        }

        @Test("a batch counts once until every task of it settled", arguments: StoreKind.allCases)
        func countsOnce(_ kind: StoreKind) async throws {
            let fixture = try await StoreUnderTest(kind)
            let store = fixture.store
            #expect(try await Self.admit(store, batch: "b1", tasks: ["t1", "t2", "t3"], limit: 2) != .refused(inFlight: 1))
            #expect(try await store.admitTask(Self.task("s1"), teacher: "a", inFlightLimit: 2, stageLimit: 2, nowMilliseconds: 1_000)
                != .refused(inFlight: 2))
            #expect(try await Self.admit(store, batch: "b2", tasks: ["u1"], limit: 2) == .refused(inFlight: 2))
            #expect(try await store.batch(id: "b2") == nil)
            for id in ["t1", "t2"] { try await store.setTaskStatus(id: id, .completed, failureReason: nil) }
            #expect(try await Self.admit(store, batch: "b2", tasks: ["u1"], limit: 2) == .refused(inFlight: 2))
            try await store.setTaskStatus(id: "t3", .failed, failureReason: "r")
            #expect(try await Self.admit(store, batch: "b2", tasks: ["u1"], limit: 2) != .refused(inFlight: 1))
        }

        @Test("pages list every entry once, newest first, even within one millisecond", arguments: StoreKind.allCases)
        func pages(_ kind: StoreKind) async throws {
            let fixture = try await StoreUnderTest(kind)
            let store = fixture.store
            let times: [Int64] = [1_000, 2_000, 2_000, 2_000, 3_000, 2_000]
            for (index, time) in times.enumerated() {
                _ = try await store.admitTask(
                    Self.task("t\(index)", at: time), teacher: "a", inFlightLimit: 100, stageLimit: 2, nowMilliseconds: time)
            }
            var seen: [WorkPage.Entry] = []
            var cursor: WorkPage.Cursor?
            repeat {
                let page = try await store.work(.tasks, teacher: "a", after: cursor, limit: 2, nowMilliseconds: 4_000)
                #expect(page.entries.count <= 2)
                seen += page.entries
                cursor = page.next
            } while cursor != nil
            #expect(Set(seen.map(\.id)) == Set((0..<6).map { "t\($0)" }) && seen.count == 6)
            #expect(seen.map(\.createdAtMilliseconds) == [3_000, 2_000, 2_000, 2_000, 2_000, 1_000])
            // A task gone (deleted or expired) leaves the list; one older than the retention is never shown.
            _ = try await store.deleteTask(id: "t4")
            let page = try await store.work(.tasks, teacher: "a", after: nil, limit: 10, nowMilliseconds: 4_000)
            #expect(!page.entries.map(\.id).contains("t4"))
            let later = try await store.work(
                .tasks, teacher: "a", after: nil, limit: 10,
                nowMilliseconds: 1_500 + Int64(TaskStoreConfiguration.defaultRetention.components.seconds) * 1000)
            #expect(later.entries.map(\.createdAtMilliseconds).allSatisfy { $0 >= 2_000 } && later.entries.count == 4)
        }
    }
}
