import Testing

@testable import QueueService

/// ReceiveRequestAttemptId on FIFO queues, with a clock the test moves: a retry within five minutes gets
/// the same messages and receipt handles, and restarts their visibility timeout; after that it is new.
@Suite struct ReceiveAttemptTests {
    private func fifoEngine(_ clock: ManualClock) async throws -> QueueEngine {
        let engine = try QueueEngine(store: EphemeralStore(), clock: clock)
        try await engine.createQueue(
            name: "q.fifo", attributes: ["FifoQueue": "true", "ContentBasedDeduplication": "true", "VisibilityTimeout": "600"], tags: [:])
        _ = try await engine.send(queue: "q.fifo", messages: ["a", "b"].map { OutgoingMessage(body: $0, groupId: "g") })
        return engine
    }

    @Test func retryWithinFiveMinutesRestartsTheVisibilityTimeout() async throws {
        let clock = ManualClock()
        let engine = try await fifoEngine(clock)
        let first = try await engine.receive(ReceiveRequest(queue: "q.fifo", maxMessages: 2, attemptId: "x"))
        #expect(first.map(\.body) == ["a", "b"])
        clock.advance(seconds: 299)
        let retried = try await engine.receive(ReceiveRequest(queue: "q.fifo", maxMessages: 2, attemptId: "x"))
        #expect(retried.map(\.receiptHandle) == first.map(\.receiptHandle))
        // 600 s from the retry, not from the first receive: still hidden 600 s after the first.
        clock.advance(seconds: 301)
        #expect(try await engine.receive(ReceiveRequest(queue: "q.fifo", maxMessages: 2)).isEmpty)
        clock.advance(seconds: 299)
        #expect(try await engine.receive(ReceiveRequest(queue: "q.fifo", maxMessages: 2)).map(\.body) == ["a", "b"])
    }

    @Test func retryAfterFiveMinutesIsANewReceive() async throws {
        let clock = ManualClock()
        let engine = try await fifoEngine(clock)
        let first = try await engine.receive(ReceiveRequest(queue: "q.fifo", maxMessages: 2, attemptId: "x"))
        #expect(first.count == 2)
        clock.advance(seconds: 300)
        // The group is still in flight (600 s), so a new receive finds nothing.
        #expect(try await engine.receive(ReceiveRequest(queue: "q.fifo", maxMessages: 2, attemptId: "x")).isEmpty)
    }
}
