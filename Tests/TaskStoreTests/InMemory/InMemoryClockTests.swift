import TestSupport
import Testing

@testable import TaskStore

/// What the in-memory store does as its clock moves: the TTLs Redis would run out in real time run out
/// here when the test moves the clock past them, never before.
@Suite("The in-memory store's clock")
struct InMemoryClockTests {
    @Test("a task's keys live exactly their retention after the last write")
    func retention() async throws {
        let clock = ManualStoreClock()
        let store = InMemoryTaskStore(clock: clock, retention: .seconds(60))
        try await store.createTask(TaskRecord(id: "t", requestJSON: "{}", createdAtMilliseconds: 1))
        _ = try await store.appendEvent(taskID: "t", TaskEvent(type: "accepted", data: "{}"))
        clock.advance(by: .seconds(30))
        try await store.setTaskStatus(id: "t", .running, failureReason: nil)
        clock.advance(by: .seconds(30))
        // The events were last written a minute ago; the task's hash half a minute ago.
        #expect(try await store.events(taskID: "t", after: nil, limit: 10).isEmpty)
        #expect(try await store.task(id: "t")?.status == .running)
        clock.advance(by: .milliseconds(29_999))
        #expect(try await store.task(id: "t") != nil)
        clock.advance(by: .milliseconds(1))
        #expect(try await store.task(id: "t") == nil)
        #expect(store.keys.isEmpty)
    }

    @Test("a claim's lease runs out at its end, and renewing it moves the end")
    func lease() async throws {
        let clock = ManualStoreClock()
        let store = InMemoryTaskStore(clock: clock)
        let key = ClaimKey.stage(.refine, taskID: "t", version: 1)
        #expect(try await store.claimAttempt(key, token: "a", lease: .seconds(10), startedAtMilliseconds: 1).outcome == .claimed)
        clock.advance(by: .seconds(6))
        #expect(try await store.claimAttempt(key, token: "b", lease: .seconds(10), startedAtMilliseconds: 2).outcome
            == .heldByAnother(remaining: .seconds(4)))
        #expect(try await store.renewClaim(key, token: "a", lease: .seconds(10)))
        clock.advance(by: .seconds(9))
        #expect(try await store.claimAttempt(key, token: "b", lease: .seconds(10), startedAtMilliseconds: 3).outcome
            == .heldByAnother(remaining: .seconds(1)))
        clock.advance(by: .seconds(1))
        #expect(try await store.claimAttempt(key, token: "b", lease: .seconds(10), startedAtMilliseconds: 4).outcome == .claimed)
    }

    @Test("a waiting reader gives up when the clock reaches its timeout, not before")
    func waitEndsAtTimeout() async throws {
        let clock = ManualStoreClock()
        let store = InMemoryTaskStore(clock: clock)
        let waiter = Task { try await store.waitForEvents(taskID: "t", after: nil, limit: 10, timeout: .seconds(5)) }
        try await waitUntil("the reader to wait and its timer to be set") { store.waitingReaders == 1 && clock.sleeperCount == 1 }
        clock.advance(by: .milliseconds(4_999))
        #expect(store.waitingReaders == 1)
        clock.advance(by: .milliseconds(1))
        #expect(try await waiter.value.isEmpty)
        #expect(store.waitingReaders == 0)
    }

    @Test("event ids keep growing within one millisecond and after the log is trimmed")
    func idsGrow() async throws {
        let store = InMemoryTaskStore(clock: ManualStoreClock(startingAt: 5_000), maximumEventsPerTask: 2)
        var ids: [String] = []
        for index in 0..<4 { ids.append(try await store.appendEvent(taskID: "t", TaskEvent(type: "step", data: "\(index)"))) }
        #expect(ids == ["5000-0", "5000-1", "5000-2", "5000-3"])
        #expect(try await store.events(taskID: "t", after: nil, limit: 10).map(\.id) == ["5000-2", "5000-3"])
    }

    @Test("the previous window's requests count for the part of the window not yet past")
    func slidingWindow() async throws {
        let clock = ManualStoreClock(startingAt: 3_600_000 * 100)
        let store = InMemoryTaskStore(clock: clock)
        for _ in 0..<10 { _ = try await store.countRequest(teacher: "a", window: .seconds(3600)) }
        clock.advance(by: .seconds(3600 + 900))
        // One now, plus the ten of the hour before weighted by the three quarters of this hour left.
        #expect(try await store.countRequest(teacher: "a", window: .seconds(3600)) == 1 + 8)
        clock.advance(by: .seconds(3600))
        #expect(try await store.countRequest(teacher: "a", window: .seconds(3600)) == 1 + 1)
    }

    @Test("a stream id that is no id is refused, naming it")
    func invalidID() async throws {
        let store = InMemoryTaskStore(clock: ManualStoreClock())
        await #expect(throws: InMemoryStoreError.invalidStreamID("12-x")) {
            _ = try await store.events(taskID: "t", after: "12-x", limit: 10)
        }
    }
}
