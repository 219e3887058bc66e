import Foundation
import QueueClient
import SQSWire
import Testing

/// The client against real servers: our `local-runtime sqs` and moto, each started on a free port.
@Suite(.serialized) struct LiveServerTests {
    private func withServer(_ kind: SQSServerProcess.Kind, _ body: (QueueClient, SQSServerProcess) async throws -> Void) async throws {
        let server = try SQSServerProcess(kind)
        defer { server.stop() }
        try await body(try makeClient(endpoint: server.endpoint), server)
    }

    private func uniqueName(_ stem: String) -> String {
        "\(stem)-\(UUID().uuidString.prefix(8).lowercased())"
    }

    /// Receives until `count` messages arrived; bounded by rounds, not by time.
    private func receive(_ count: Int, from queueURL: String, client: QueueClient, options: ReceiveOptions) async throws -> [ReceivedMessage] {
        var messages: [ReceivedMessage] = []
        for _ in 0..<20 where messages.count < count {
            messages += try await client.receiveMessages(from: queueURL, options)
        }
        return messages
    }

    @Test(arguments: SQSServerProcess.Kind.allCases)
    func sendReceiveDeleteWithAttributes(_ kind: SQSServerProcess.Kind) async throws {
        try await withServer(kind) { client, _ in
            let queueURL = try await client.createQueue(named: uniqueName("messages"))
            let attributes: [String: MessageAttributeValue] = [
                "stage": MessageAttributeValue(dataType: "String", stringValue: "draft"),
                "version": MessageAttributeValue(dataType: "Number", stringValue: "2"),
                "blob": MessageAttributeValue(dataType: "Binary", binaryValue: Data([0, 1, 2, 255])),
            ]
            let body = #"{"taskId":"t-1","notes":"학생 활동 메모"}"#
            let sent = try await client.sendMessage(to: queueURL, OutgoingMessage(body: body, attributes: attributes))
            #expect(sent.md5OfMessageBody == MessageDigest.md5(ofBody: body))

            let received = try await receive(
                1, from: queueURL, client: client,
                options: ReceiveOptions(waitTimeSeconds: 1, systemAttributeNames: ["All"], messageAttributeNames: ["All"]))
            let message = try #require(received.first)
            #expect(message.messageID == sent.messageID)
            #expect(message.body == body)
            #expect(message.messageAttributes == attributes)
            #expect(message.approximateReceiveCount == 1)
            #expect(message.attributes["SentTimestamp"] != nil)

            try await client.deleteMessage(from: queueURL, receiptHandle: message.receiptHandle)
            #expect(try await client.receiveMessages(from: queueURL, ReceiveOptions(waitTimeSeconds: 0)).isEmpty)
        }
    }

    @Test(arguments: SQSServerProcess.Kind.allCases)
    func batchSendReceiveDelete(_ kind: SQSServerProcess.Kind) async throws {
        try await withServer(kind) { client, _ in
            let queueURL = try await client.createQueue(named: uniqueName("batch"))
            let entries = (0..<15).map { SendBatchEntry(id: "e\($0)", message: OutgoingMessage(body: "message \($0)")) }
            let sent = try await client.sendMessageBatch(to: queueURL, entries)
            #expect(sent.allSucceeded)
            #expect(Set(sent.successful.map(\.id)) == Set(entries.map(\.id)))

            let received = try await receive(
                15, from: queueURL, client: client, options: ReceiveOptions(maxNumberOfMessages: 10, waitTimeSeconds: 1))
            #expect(Set(received.map(\.body)) == Set(entries.map(\.message.body)))

            let deletions = received.enumerated().map { ReceiptEntry(id: "d\($0.offset)", receiptHandle: $0.element.receiptHandle) }
            let deleted = try await client.deleteMessageBatch(from: queueURL, deletions)
            #expect(deleted.allSucceeded)
            #expect(deleted.successful.count == 15)
            let counts = try await client.queueAttributes(
                of: queueURL, names: ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"])
            #expect(counts["ApproximateNumberOfMessages"] == "0")
            #expect(counts["ApproximateNumberOfMessagesNotVisible"] == "0")
        }
    }

    /// Concurrent callers each borrow a pooled connection; none of them waits on another's transfer.
    @Test(arguments: SQSServerProcess.Kind.allCases)
    func concurrentSendsFromOneClient(_ kind: SQSServerProcess.Kind) async throws {
        try await withServer(kind) { client, _ in
            let queueURL = try await client.createQueue(named: uniqueName("concurrent"))
            let ids = try await withThrowingTaskGroup(of: String.self) { group in
                for index in 0..<24 {
                    group.addTask { try await client.sendMessage(to: queueURL, body: "message \(index)").messageID }
                }
                return try await group.reduce(into: Set<String>()) { $0.insert($1) }
            }
            #expect(ids.count == 24)
            let received = try await receive(
                24, from: queueURL, client: client, options: ReceiveOptions(maxNumberOfMessages: 10, waitTimeSeconds: 1))
            #expect(Set(received.map(\.messageID)) == ids)
        }
    }

    @Test(arguments: SQSServerProcess.Kind.allCases)
    func visibilityHidesAndReleases(_ kind: SQSServerProcess.Kind) async throws {
        try await withServer(kind) { client, _ in
            let queueURL = try await client.createQueue(named: uniqueName("visibility"))
            _ = try await client.sendMessageBatch(
                to: queueURL, [SendBatchEntry(id: "a", message: OutgoingMessage(body: "a")), SendBatchEntry(id: "b", message: OutgoingMessage(body: "b"))])
            let hidden = ReceiveOptions(maxNumberOfMessages: 10, waitTimeSeconds: 1, visibilityTimeout: 600, systemAttributeNames: ["ApproximateReceiveCount"])
            let first = try await receive(2, from: queueURL, client: client, options: hidden)
            #expect(first.count == 2)
            #expect(try await client.receiveMessages(from: queueURL, ReceiveOptions(waitTimeSeconds: 0)).isEmpty)

            let a = try #require(first.first { $0.body == "a" })
            let b = try #require(first.first { $0.body == "b" })
            try await client.changeMessageVisibility(in: queueURL, receiptHandle: a.receiptHandle, visibilityTimeout: 0)
            let again = try await receive(1, from: queueURL, client: client, options: hidden)
            #expect(again.map(\.body) == ["a"])
            #expect(again.first?.approximateReceiveCount == 2)

            let changes = [
                VisibilityChange(id: "a", receiptHandle: try #require(again.first).receiptHandle, visibilityTimeout: 0),
                VisibilityChange(id: "b", receiptHandle: b.receiptHandle, visibilityTimeout: 0),
            ]
            let changed = try await client.changeMessageVisibilityBatch(in: queueURL, changes)
            #expect(Set(changed.successful) == ["a", "b"])
            let released = try await receive(2, from: queueURL, client: client, options: hidden)
            #expect(Set(released.map(\.body)) == ["a", "b"])
        }
    }

    @Test(arguments: SQSServerProcess.Kind.allCases)
    func queueManagementAndAttributes(_ kind: SQSServerProcess.Kind) async throws {
        try await withServer(kind) { client, _ in
            let prefix = uniqueName("ops")
            let first = try await client.createQueue(named: prefix + "-a", attributes: ["VisibilityTimeout": "45"])
            let second = try await client.createQueue(named: prefix + "-b")
            _ = try await client.createQueue(named: uniqueName("other"))

            #expect(try await client.queueURL(named: prefix + "-a") == first)
            let attributes = try await client.queueAttributes(of: first)
            #expect(attributes["VisibilityTimeout"] == "45")
            #expect(attributes["QueueArn"]?.hasSuffix(":\(prefix)-a") == true)

            let page = try await client.listQueues(prefix: prefix, maxResults: 1)
            if kind == .moto {
                // moto ignores MaxResults and returns every match on one page.
                #expect(Set(page.queueURLs) == [first, second])
            } else {
                #expect(page.queueURLs.count == 1)
                #expect(page.nextToken != nil)
            }
            #expect(Set(try await client.allQueueURLs(prefix: prefix, pageSize: 1)) == [first, second])

            _ = try await client.sendMessage(to: first, body: "to be purged")
            try await client.purgeQueue(first)
            #expect(try await client.receiveMessages(from: first, ReceiveOptions(waitTimeSeconds: 0)).isEmpty)

            try await client.deleteQueue(second)
            #expect(try await client.allQueueURLs(prefix: prefix) == [first])
        }
    }

    @Test(arguments: SQSServerProcess.Kind.allCases)
    func unknownQueueIsATypedError(_ kind: SQSServerProcess.Kind) async throws {
        try await withServer(kind) { client, server in
            let lookup = await #expect(throws: QueueClientError.self) { try await client.queueURL(named: "no-such-queue") }
            let error = try #require(lookup?.serviceError)
            #expect(error.is(.queueDoesNotExist))
            #expect(error.status == 400)
            #expect(!error.message.isEmpty)

            let send = await #expect(throws: QueueClientError.self) {
                try await client.sendMessage(to: "\(server.endpoint)/123456789012/no-such-queue", body: "x")
            }
            #expect(send?.serviceError?.is(.queueDoesNotExist) == true)
        }
    }

    @Test(arguments: SQSServerProcess.Kind.allCases)
    func deadLetterSourcesAreListed(_ kind: SQSServerProcess.Kind) async throws {
        try await withServer(kind) { client, _ in
            let dlq = try await client.createQueue(named: uniqueName("dlq"))
            let dlqARN = try #require(try await client.queueAttributes(of: dlq, names: ["QueueArn"])["QueueArn"])
            let source = try await client.createQueue(
                named: uniqueName("source"),
                attributes: ["RedrivePolicy": #"{"deadLetterTargetArn":"\#(dlqARN)","maxReceiveCount":"1"}"#])
            #expect(try await client.deadLetterSourceQueues(of: dlq) == [source])
        }
    }

    /// moto has no message move tasks, so the redrive round trip runs against our service only.
    @Test func redriveMovesMessagesBack() async throws {
        try await withServer(.localRuntime) { client, _ in
            let dlq = try await client.createQueue(named: uniqueName("dlq"))
            let dlqARN = try #require(try await client.queueAttributes(of: dlq, names: ["QueueArn"])["QueueArn"])
            let source = try await client.createQueue(
                named: uniqueName("source"),
                attributes: ["RedrivePolicy": #"{"deadLetterTargetArn":"\#(dlqARN)","maxReceiveCount":"1"}"#])
            _ = try await client.sendMessage(to: source, body: "poison")

            // The first receive uses up the one allowed attempt; the next moves the message to the DLQ.
            let once = ReceiveOptions(waitTimeSeconds: 1, visibilityTimeout: 0)
            #expect(try await receive(1, from: source, client: client, options: once).count == 1)
            for _ in 0..<3 { _ = try await client.receiveMessages(from: source, ReceiveOptions(waitTimeSeconds: 0)) }
            let dead = try await receive(1, from: dlq, client: client, options: once)
            #expect(dead.map(\.body) == ["poison"])

            let handle = try await client.startMessageMoveTask(sourceARN: dlqARN)
            #expect(!handle.isEmpty)
            let tasks = try await client.listMessageMoveTasks(sourceARN: dlqARN)
            #expect(tasks.first?.sourceARN == dlqARN)
            let back = try await receive(1, from: source, client: client, options: ReceiveOptions(waitTimeSeconds: 1))
            #expect(back.map(\.body) == ["poison"])

            let cancel = await #expect(throws: QueueClientError.self) { try await client.cancelMessageMoveTask(taskHandle: "not-a-handle") }
            #expect(cancel?.serviceError != nil)
        }
    }
}
