import TestSupport
import Testing

@testable import TaskStore

extension TaskStoreConformance {
    @Suite("Admitting a teacher's tasks and handing them to the stages")
    struct Admission {
        static func task(_ id: String, owner: String = "a", at time: Int64 = 1) -> TaskRecord {
            TaskRecord(id: id, requestJSON: "{}", createdAtMilliseconds: time, owner: owner)
        }

        @Test("tasks in flight count queued and running tasks and forget deleted ones", arguments: StoreKind.allCases)
        func inFlight(_ kind: StoreKind) async throws {
            let fixture = try await StoreUnderTest(kind)
            let store = fixture.store
            for (index, status) in [TaskStatus.queued, .running, .completed, .failed].enumerated() {
                let admitted = try await store.admitTask(
                    Self.task("f\(index)", at: Int64(index)), teacher: "a", inFlightLimit: 10, stageLimit: 10, nowMilliseconds: Int64(index))
                #expect(admitted == .accepted(handOver: ["f\(index)"]))
                try await store.setTaskStatus(id: "f\(index)", status, failureReason: nil)
            }
            #expect(try await store.admitTask(Self.task("g"), teacher: "a", inFlightLimit: 2, stageLimit: 10, nowMilliseconds: 9)
                == .refused(inFlight: 2))
            #expect(try await store.task(id: "g") == nil)
            _ = try await store.deleteTask(id: "f0")
            #expect(try await store.admitTask(Self.task("g"), teacher: "a", inFlightLimit: 2, stageLimit: 10, nowMilliseconds: 9)
                == .accepted(handOver: ["g"]))
            #expect(try await store.task(id: "g")?.owner == "a")
            #expect(try await store.recentTasks(teacher: "a", limit: 2) == ["g", "f3"])
            for key in ["teacher:{a}:tasks", "teacher:{a}:staged", "task:{g}"] {
                #expect(try await fixture.ttl(key) > 0, "\(key)")
            }
        }

        @Test("concurrent admissions never pass the limit", arguments: StoreKind.allCases)
        func concurrent(_ kind: StoreKind) async throws {
            let fixture = try await StoreUnderTest(kind)
            let store = fixture.store
            let accepted = await withTaskGroup(of: Bool.self) { group in
                for index in 0..<60 {
                    group.addTask {
                        let admission = try? await store.admitTask(
                            Self.task("c\(index)"), teacher: "a", inFlightLimit: 20, stageLimit: 3, nowMilliseconds: Int64(index))
                        if case .accepted? = admission { return true }
                        return false
                    }
                }
                return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
            }
            #expect(accepted == 20)
        }

        @Test("beyond the stage limit tasks are held and released oldest first as the teacher's tasks settle",
              arguments: StoreKind.allCases)
        func heldAndReleased(_ kind: StoreKind) async throws {
            let fixture = try await StoreUnderTest(kind)
            let store = fixture.store
            var handedOver: [String] = []
            for index in 0..<5 {
                guard case .accepted(let now) = try await store.admitTask(
                    Self.task("h\(index)"), teacher: "a", inFlightLimit: 20, stageLimit: 2, nowMilliseconds: Int64(index))
                else { Issue.record("refused"); return }
                handedOver += now
            }
            #expect(handedOver == ["h0", "h1"])
            // Another teacher's task has its own places.
            #expect(try await store.admitTask(Self.task("b0", owner: "b"), teacher: "b", inFlightLimit: 20, stageLimit: 2, nowMilliseconds: 9)
                == .accepted(handOver: ["b0"]))
            try await store.setTaskStatus(id: "h0", .completed, failureReason: nil)
            #expect(try await store.releaseStage(teacher: "a", taskID: "h0", stageLimit: 2, nowMilliseconds: 10) == ["h2"])
            // Repeating a release hands nothing over twice.
            #expect(try await store.releaseStage(teacher: "a", taskID: "h0", stageLimit: 2, nowMilliseconds: 11) == [])
            // A held task deleted meanwhile is skipped; a staged one that settled without its release frees its place anyway.
            _ = try await store.deleteTask(id: "h3")
            try await store.setTaskStatus(id: "h1", .failed, failureReason: "x")
            try await store.setTaskStatus(id: "h2", .completed, failureReason: nil)
            #expect(try await store.releaseStage(teacher: "a", taskID: "h2", stageLimit: 2, nowMilliseconds: 12) == ["h4"])
            for key in ["teacher:{a}:staged", "teacher:{b}:staged"] {
                #expect(try await fixture.ttl(key) > 0, "\(key)")
            }
        }
    }
}
