import Testing

@testable import QueueService

/// Messages past MessageRetentionPeriod are gone as soon as the queue is looked at, received or not,
/// in flight or not, and their deletes reach the store.
@Suite struct RetentionTests {
    @Test func expiredMessagesLeaveTheCountsWithoutAReceive() async throws {
        let clock = ManualClock()
        let engine = try QueueEngine(store: EphemeralStore(), clock: clock)
        try await engine.createQueue(name: "q", attributes: ["MessageRetentionPeriod": "60", "VisibilityTimeout": "600"], tags: [:])
        _ = try await engine.send(queue: "q", messages: [OutgoingMessage(body: "held"), OutgoingMessage(body: "waiting")])
        #expect(try await engine.receive(ReceiveRequest(queue: "q")).map(\.body) == ["held"])
        clock.advance(seconds: 30)
        _ = try await engine.send(queue: "q", messages: [OutgoingMessage(body: "young")])
        clock.advance(seconds: 30)
        let counts = try engine.attributes(queue: "q", names: ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"])
        #expect(counts == ["ApproximateNumberOfMessages": "1", "ApproximateNumberOfMessagesNotVisible": "0"])
        #expect(engine.depths().first { $0.queue == "q" }?.visible == 1)
        clock.advance(seconds: 30)
        #expect(try engine.attributes(queue: "q", names: ["ApproximateNumberOfMessages"]) == ["ApproximateNumberOfMessages": "0"])
        #expect(engine.state.withLock { $0.queues["q"]?.messages.isEmpty } == true)
    }
}
