import Foundation
import SQSWire
import Testing
import TestSupport

@testable import QueueService

@Suite struct QueueEngineTests {
    private func engine(clock: ManualClock = ManualClock(), store: any DurableStore = EphemeralStore(), duplicateRate: Double = 0) throws -> QueueEngine {
        try QueueEngine(store: store, options: .init(duplicateRate: duplicateRate), clock: clock)
    }

    @Test func visibilityTimeoutHidesThenReturnsMessage() async throws {
        let clock = ManualClock()
        let engine = try engine(clock: clock)
        try await engine.createQueue(name: "q", attributes: ["VisibilityTimeout": "10"], tags: [:])
        _ = try await engine.send(queue: "q", messages: [OutgoingMessage(body: "one")])
        let first = try await engine.receive(ReceiveRequest(queue: "q"))
        #expect(first.map(\.body) == ["one"])
        #expect(try await engine.receive(ReceiveRequest(queue: "q")).isEmpty)
        clock.advance(seconds: 10)
        let second = try await engine.receive(ReceiveRequest(queue: "q"))
        #expect(second.first?.receiveCount == 2)
        #expect(second.first?.messageId == first.first?.messageId)
    }

    @Test func delayedMessagesWait() async throws {
        let clock = ManualClock()
        let engine = try engine(clock: clock)
        try await engine.createQueue(name: "q", attributes: [:], tags: [:])
        _ = try await engine.send(queue: "q", messages: [OutgoingMessage(body: "later", delaySeconds: 5)])
        #expect(try await engine.receive(ReceiveRequest(queue: "q")).isEmpty)
        #expect(try engine.attributes(queue: "q", names: ["ApproximateNumberOfMessagesDelayed"]) == ["ApproximateNumberOfMessagesDelayed": "1"])
        clock.advance(seconds: 5)
        #expect(try await engine.receive(ReceiveRequest(queue: "q")).map(\.body) == ["later"])
    }

    @Test func retentionDropsExpiredMessages() async throws {
        let clock = ManualClock()
        let engine = try engine(clock: clock)
        try await engine.createQueue(name: "q", attributes: ["MessageRetentionPeriod": "60"], tags: [:])
        _ = try await engine.send(queue: "q", messages: [OutgoingMessage(body: "old")])
        clock.advance(seconds: 30)
        _ = try await engine.send(queue: "q", messages: [OutgoingMessage(body: "young")])
        clock.advance(seconds: 31)
        #expect(try await engine.receive(ReceiveRequest(queue: "q", maxMessages: 10)).map(\.body) == ["young"])
    }

    @Test func redriveMovesOnTheReceivePastTheLimit() async throws {
        let engine = try engine()
        try await engine.createQueue(name: "dlq", attributes: [:], tags: [:])
        let policy = #"{"deadLetterTargetArn":"arn:aws:sqs:us-east-1:000000000000:dlq","maxReceiveCount":2}"#
        try await engine.createQueue(name: "src", attributes: ["RedrivePolicy": policy], tags: [:])
        _ = try await engine.send(queue: "src", messages: [OutgoingMessage(body: "poison")])
        for _ in 0..<2 {
            #expect(try await engine.receive(ReceiveRequest(queue: "src", visibilityTimeout: 0)).count == 1)
        }
        #expect(try await engine.receive(ReceiveRequest(queue: "src")).isEmpty)
        let moved = try await engine.receive(ReceiveRequest(queue: "dlq"))
        #expect(moved.first?.body == "poison")
        #expect(moved.first?.receiveCount == 3)
        #expect(moved.first?.deadLetterSourceArn == "arn:aws:sqs:us-east-1:000000000000:src")
        #expect(try engine.deadLetterSourceQueues(of: "dlq") == ["src"])
    }

    @Test func longPollWakesOnSend() async throws {
        let engine = try QueueEngine(store: EphemeralStore())
        try await engine.createQueue(name: "q", attributes: [:], tags: [:])
        func parked() -> Int { engine.state.withLock { $0.queues["q"]?.waiters.count ?? 0 } }
        async let received = engine.receive(ReceiveRequest(queue: "q", waitSeconds: 20))
        try await waitUntil("the receive to park on the empty queue") { parked() == 1 }
        _ = try await engine.send(queue: "q", messages: [OutgoingMessage(body: "wake")])
        // Woken by the send itself, not by the end of its wait (which would deliver the message too).
        #expect(parked() == 0)
        #expect(try await received.map(\.body) == ["wake"])
    }

    @Test func deleteIsIdempotentAndGarbageIsRejected() async throws {
        let engine = try engine()
        try await engine.createQueue(name: "q", attributes: [:], tags: [:])
        _ = try await engine.send(queue: "q", messages: [OutgoingMessage(body: "x")])
        let handle = try #require(try await engine.receive(ReceiveRequest(queue: "q")).first?.receiptHandle)
        #expect(try await engine.delete(queue: "q", receiptHandles: [handle, handle]) == [nil, nil])
        let garbage = try await engine.delete(queue: "q", receiptHandles: ["garbage"])
        #expect(garbage.first??.code == .receiptHandleIsInvalid)
        await #expect(throws: SQSError.queueDoesNotExist()) { try await engine.delete(queue: "nope", receiptHandles: [handle]) }
    }

    @Test func duplicateRateOneDeliversEveryMessageTwice() async throws {
        let engine = try engine(duplicateRate: 1)
        try await engine.createQueue(name: "q", attributes: [:], tags: [:])
        _ = try await engine.send(queue: "q", messages: (0..<5).map { OutgoingMessage(body: "m\($0)") })
        var ids: [String] = []
        while true {
            let got = try await engine.receive(ReceiveRequest(queue: "q", maxMessages: 10))
            if got.isEmpty { break }
            ids += got.map(\.messageId)
            _ = try await engine.delete(queue: "q", receiptHandles: got.map(\.receiptHandle))
        }
        #expect(ids.count == 10)
        #expect(Set(ids).count == 5)
    }

    @Test func stateSurvivesReopeningTheStore() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("queue-engine-\(RandomIdentifier.make())")
        defer { try? FileManager.default.removeItem(at: directory) }
        let clock = ManualClock()
        let inFlight: [Delivery]
        do {
            // The store holds its database exclusively; this scope ends the first engine before reopening.
            let first = try engine(clock: clock, store: SQLiteStore(directory: directory))
            try await first.createQueue(name: "q", attributes: ["VisibilityTimeout": "30"], tags: ["t": "1"])
            _ = try await first.send(queue: "q", messages: [
                OutgoingMessage(body: "kept", attributes: ["a": MessageAttributeValue(dataType: "String", stringValue: "b")]),
                OutgoingMessage(body: "in flight"),
            ])
            inFlight = try await first.receive(ReceiveRequest(queue: "q"))
            first.close()
        }

        let second = try engine(clock: clock, store: SQLiteStore(directory: directory))
        #expect(try second.tags(queue: "q") == ["t": "1"])
        let visible = try await second.receive(ReceiveRequest(queue: "q", maxMessages: 10))
        #expect(visible.count == 1)
        #expect(visible.first?.messageId != inFlight.first?.messageId)
        #expect(visible.first?.attributes["a"]?.stringValue == "b" || inFlight.first?.attributes["a"]?.stringValue == "b")
        clock.advance(seconds: 30)
        let again = try await second.receive(ReceiveRequest(queue: "q", maxMessages: 10))
        #expect(again.map(\.messageId).contains(inFlight.first?.messageId ?? ""))
        #expect(again.first { $0.messageId == inFlight.first?.messageId }?.receiveCount == 2)
    }

    @Test func fifoKeepsGroupOrderAndDeduplicates() async throws {
        let engine = try engine()
        try await engine.createQueue(name: "q.fifo", attributes: ["FifoQueue": "true", "ContentBasedDeduplication": "true"], tags: [:])
        let sent = try await engine.send(queue: "q.fifo", messages: ["a", "b", "a"].map { OutgoingMessage(body: $0, groupId: "g") })
        let ids = sent.compactMap { try? $0.get().messageId }
        try #require(ids.count == 3)
        #expect(ids[0] == ids[2])
        let first = try await engine.receive(ReceiveRequest(queue: "q.fifo", maxMessages: 1))
        #expect(first.map(\.body) == ["a"])
        // The group is blocked while its first message is in flight.
        #expect(try await engine.receive(ReceiveRequest(queue: "q.fifo", maxMessages: 10)).isEmpty)
        _ = try await engine.delete(queue: "q.fifo", receiptHandles: first.map(\.receiptHandle))
        #expect(try await engine.receive(ReceiveRequest(queue: "q.fifo", maxMessages: 10)).map(\.body) == ["b"])
    }
}

@Suite struct TimedHeapTests {
    @Test func popsInTimeOrderAfterPushesAndRebuild() {
        var heap = TimedHeap()
        var generator = SystemRandomNumberGenerator()
        let times = (0..<500).map { _ in Int64.random(in: 0..<10_000, using: &generator) }
        for (index, time) in times.enumerated() { heap.push(.init(at: time, seq: Int64(index))) }
        var popped: [Int64] = []
        while let entry = heap.pop() { popped.append(entry.at) }
        #expect(popped == times.sorted())
        heap.rebuild(from: times.enumerated().map { .init(at: $1, seq: Int64($0)) })
        popped = []
        while let entry = heap.pop() { popped.append(entry.at) }
        #expect(popped == times.sorted())
    }

    @Test func deletingInFlightMessagesDoesNotGrowTheTimerHeap() async throws {
        let engine = try QueueEngine(store: EphemeralStore(), clock: ManualClock())
        try await engine.createQueue(name: "q", attributes: ["VisibilityTimeout": "600"], tags: [:])
        for _ in 0..<1000 {
            _ = try await engine.send(queue: "q", messages: (0..<10).map { OutgoingMessage(body: "m\($0)") })
            let got = try await engine.receive(ReceiveRequest(queue: "q", maxMessages: 10))
            _ = try await engine.delete(queue: "q", receiptHandles: got.map(\.receiptHandle))
        }
        let heapSize = engine.state.withLock { $0.queues["q"]?.timed.count ?? -1 }
        #expect(heapSize <= 4096)
    }
}
