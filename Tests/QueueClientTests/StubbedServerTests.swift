import CurlHTTP
import Foundation
import QueueClient
import SQSWire
import Testing
import TestSupport

/// Retries, error mapping, batching and digest checks against scripted answers.
@Suite struct StubbedServerTests {
    let queueURL = "http://127.0.0.1/000000000000/q"

    private func sendReply(body: String, id: String = "m-1") -> StubHTTPServer.Reply {
        .json(#"{"MessageId":"\#(id)","MD5OfMessageBody":"\#(MessageDigest.md5(ofBody: body))"}"#)
    }

    @Test func retriesAfter500And429ThenSucceeds() async throws {
        let stub = try StubHTTPServer(replies: [
            .error(status: 500, type: "com.amazon.coral.service#InternalFailure", message: "boom"),
            StubHTTPServer.Reply(status: 429, body: "slow down"),
            sendReply(body: "hello"),
        ])
        let client = try makeClient(endpoint: stub.endpoint)
        let sent = try await client.sendMessage(to: queueURL, body: "hello")
        #expect(sent.messageID == "m-1")
        #expect(stub.received.count == 3)
    }

    @Test func retriesThrottlingSentAs400() async throws {
        let stub = try StubHTTPServer(replies: [
            .error(status: 400, type: "com.amazonaws.sqs#RequestThrottled", message: "Rate exceeded", queryCode: "RequestThrottled"),
            .error(status: 400, type: "ThrottlingException", message: "Rate exceeded"),
            sendReply(body: "x"),
        ])
        let client = try makeClient(endpoint: stub.endpoint)
        _ = try await client.sendMessage(to: queueURL, body: "x")
        #expect(stub.received.count == 3)
    }

    @Test func neverRetriesClientErrors() async throws {
        let stub = try StubHTTPServer(replies: [
            .error(
                status: 400, type: "com.amazonaws.sqs#QueueDoesNotExist", message: "The specified queue does not exist.",
                queryCode: "AWS.SimpleQueueService.NonExistentQueue"),
            sendReply(body: "x"),
        ])
        let client = try makeClient(endpoint: stub.endpoint)
        let error = await #expect(throws: QueueClientError.self) { try await client.sendMessage(to: queueURL, body: "x") }
        let service = try #require(error?.serviceError)
        #expect(service.code == "QueueDoesNotExist")
        #expect(service.queryCode == "AWS.SimpleQueueService.NonExistentQueue")
        #expect(service.message == "The specified queue does not exist.")
        #expect(service.is(.queueDoesNotExist))
        #expect(stub.received.count == 1)
    }

    @Test func givesUpAfterMaxAttempts() async throws {
        let stub = try StubHTTPServer(replies: Array(repeating: StubHTTPServer.Reply(status: 503, body: "<html>unavailable</html>"), count: 5))
        let client = try makeClient(endpoint: stub.endpoint, maxAttempts: 3)
        let error = await #expect(throws: QueueClientError.self) { try await client.sendMessage(to: queueURL, body: "x") }
        #expect(error?.serviceError?.status == 503)
        #expect(error?.serviceError?.message.contains("unavailable") == true)
        #expect(stub.received.count == 3)
    }

    @Test func requestsAreSignedJSONPosts() async throws {
        let stub = try StubHTTPServer(replies: [.json(#"{"QueueUrl":"http://127.0.0.1/000000000000/q"}"#)])
        let client = QueueClient(
            configuration: QueueClientConfiguration(
                region: "eu-central-1", endpoint: try SQSEndpoint(stub.endpoint),
                credentials: AWSCredentials(accessKeyID: "AKIDTEST", secretAccessKey: "s", sessionToken: "tok")))
        #expect(try await client.queueURL(named: "q") == queueURL)
        let request = try #require(stub.received.first)
        #expect(request.headers["x-amz-target"] == "AmazonSQS.GetQueueUrl")
        #expect(request.headers["content-type"] == "application/x-amz-json-1.0")
        #expect(request.headers["host"] == "127.0.0.1:\(stub.port)")
        #expect(request.headers["x-amz-security-token"] == "tok")
        let authorization = try #require(request.headers["authorization"])
        #expect(authorization.hasPrefix("AWS4-HMAC-SHA256 Credential=AKIDTEST/"))
        #expect(authorization.contains("/eu-central-1/sqs/aws4_request"))
        #expect(authorization.contains("SignedHeaders=content-type;host;x-amz-date;x-amz-security-token;x-amz-target,"))
        let body = try JSONSerialization.jsonObject(with: Data(request.body.utf8)) as? [String: String]
        #expect(body == ["QueueName": "q"])
    }

    @Test func badBodyDigestOnSendIsAnError() async throws {
        let stub = try StubHTTPServer(replies: [sendReply(body: "something else")])
        let client = try makeClient(endpoint: stub.endpoint)
        let error = await #expect(throws: QueueClientError.self) { try await client.sendMessage(to: queueURL, body: "x") }
        guard case .checksumMismatch(let field, _, _, _) = error else {
            Issue.record("expected a checksum mismatch, got \(String(describing: error))")
            return
        }
        #expect(field == "MD5OfMessageBody")
    }

    @Test func badDigestOnReceiveIsAnError() async throws {
        let stub = try StubHTTPServer(replies: [
            .json(#"{"Messages":[{"MessageId":"m","ReceiptHandle":"r","Body":"tampered","MD5OfBody":"\#(MessageDigest.md5(ofBody: "original"))"}]}"#)
        ])
        let client = try makeClient(endpoint: stub.endpoint)
        await #expect(throws: QueueClientError.self) { try await client.receiveMessages(from: queueURL) }
    }

    @Test func batchesAreSplitByCountAndBytes() async throws {
        let small = (0..<23).map { SendBatchEntry(id: "e\($0)", message: OutgoingMessage(body: "b\($0)")) }
        let big = (0..<3).map { SendBatchEntry(id: "big\($0)", message: OutgoingMessage(body: String(repeating: "x", count: 600))) }
        func success(_ entries: ArraySlice<SendBatchEntry>) -> StubHTTPServer.Reply {
            let items = entries.map {
                #"{"Id":"\#($0.id)","MessageId":"m-\#($0.id)","MD5OfMessageBody":"\#(MessageDigest.md5(ofBody: $0.message.body))"}"#
            }
            return .json(#"{"Successful":[\#(items.joined(separator: ","))]}"#)
        }
        let stub = try StubHTTPServer(replies: [
            success(small[0..<10]), success(small[10..<20]), success(small[20..<23]),
            success(big[0..<1]), success(big[1..<2]), success(big[2..<3]),
        ])
        let client = try makeClient(endpoint: stub.endpoint, maxBatchPayloadBytes: 1000)
        let first = try await client.sendMessageBatch(to: queueURL, small)
        #expect(first.allSucceeded)
        #expect(first.successful.map(\.id) == small.map(\.id))
        let second = try await client.sendMessageBatch(to: queueURL, big)
        #expect(second.successful.count == 3)
        let counts = try stub.received.map { request in
            let body = try JSONSerialization.jsonObject(with: Data(request.body.utf8)) as? [String: Any]
            return (body?["Entries"] as? [Any])?.count ?? -1
        }
        #expect(counts == [10, 10, 3, 1, 1, 1])
    }

    @Test func serverSideEntryFailuresAreRetriedSenderFaultsAreNot() async throws {
        let md5 = MessageDigest.md5(ofBody: "b")
        let stub = try StubHTTPServer(replies: [
            .json(
                #"{"Successful":[{"Id":"ok","MessageId":"m1","MD5OfMessageBody":"\#(md5)"}],"Failed":[{"Id":"flaky","SenderFault":false,"Code":"InternalError","Message":"try again"},{"Id":"bad","SenderFault":true,"Code":"InvalidParameterValue","Message":"too long"}]}"#
            ),
            .json(#"{"Successful":[{"Id":"flaky","MessageId":"m2","MD5OfMessageBody":"\#(md5)"}]}"#),
        ])
        let client = try makeClient(endpoint: stub.endpoint)
        let entries = ["ok", "flaky", "bad"].map { SendBatchEntry(id: $0, message: OutgoingMessage(body: "b")) }
        let result = try await client.sendMessageBatch(to: queueURL, entries)
        #expect(Set(result.successful.map(\.id)) == ["ok", "flaky"])
        #expect(result.failed == [BatchEntryFailure(id: "bad", code: "InvalidParameterValue", message: "too long", senderFault: true)])
        let received = stub.received
        try #require(received.count == 2)
        let retried = try JSONSerialization.jsonObject(with: Data(received[1].body.utf8)) as? [String: Any]
        #expect((retried?["Entries"] as? [[String: Any]])?.map { $0["Id"] as? String } == ["flaky"])
    }

    /// A client whose backoff outlasts any test: only cancellation ends the wait.
    private func patientClient(_ stub: StubHTTPServer) throws -> QueueClient {
        QueueClient(configuration: QueueClientConfiguration(
            region: "us-east-1", endpoint: try SQSEndpoint(stub.endpoint),
            credentials: AWSCredentials(accessKeyID: "test", secretAccessKey: "test"),
            retry: RetryPolicy(maxAttempts: 5, baseDelay: .seconds(3600), maxDelay: .seconds(3600))))
    }

    @Test func aCancelledCallStopsWaitingAndThrowsItsLastError() async throws {
        let stub = try StubHTTPServer(replies: Array(repeating: StubHTTPServer.Reply(status: 503, body: "unavailable"), count: 5))
        let client = try patientClient(stub)
        let call = Task { () async throws(QueueClientError) -> SentMessage in try await client.sendMessage(to: queueURL, body: "x") }
        try await waitUntil("the first attempt") { stub.received.count == 1 }
        // Past the answer, into the wait: a call cancelled before its answer arrives stops on that answer anyway.
        try await Task.sleep(for: .milliseconds(300))
        call.cancel()
        let error = await #expect(throws: QueueClientError.self) { try await call.value }
        #expect(error?.serviceError?.status == 503)
        #expect(stub.received.count == 1)
    }

    @Test func aCancelledBatchReportsWhatWasStillToBeRetriedAsFailed() async throws {
        let failing = StubHTTPServer.Reply.json(#"{"Successful":[],"Failed":[{"Id":"flaky","SenderFault":false,"Code":"InternalError","Message":"try again"}]}"#)
        let stub = try StubHTTPServer(replies: Array(repeating: failing, count: 5))
        let client = try patientClient(stub)
        let call = Task { () async throws(QueueClientError) -> BatchResult<SentBatchEntry> in
            try await client.sendMessageBatch(to: queueURL, [SendBatchEntry(id: "flaky", message: OutgoingMessage(body: "b"))])
        }
        try await waitUntil("the first attempt") { stub.received.count == 1 }
        call.cancel()
        let result = try await call.value
        #expect(result.successful.isEmpty)
        #expect(result.failed == [BatchEntryFailure(id: "flaky", code: "InternalError", message: "try again", senderFault: false)])
        #expect(stub.received.count == 1)
    }

    /// A server that accepts but does not answer in time gives a transport error, not a hang.
    @Test func unansweredRequestsTimeOut() async throws {
        let late = StubHTTPServer.Reply(status: 200, body: #"{"QueueUrl":"late"}"#, delay: .seconds(1))
        let stub = try StubHTTPServer(replies: [late, late])
        let client = QueueClient(
            configuration: QueueClientConfiguration(
                region: "us-east-1", endpoint: try SQSEndpoint(stub.endpoint),
                credentials: AWSCredentials(accessKeyID: "test", secretAccessKey: "test"),
                retry: RetryPolicy(maxAttempts: 2, baseDelay: .milliseconds(1), maxDelay: .milliseconds(1)),
                requestTimeout: .milliseconds(200)))
        let error = await #expect(throws: QueueClientError.self) { try await client.queueURL(named: "q") }
        guard case .transport = error else {
            Issue.record("expected a transport timeout, got \(String(describing: error))")
            return
        }
    }

    @Test func wrongEndpointIsAConnectionError() async throws {
        let port = try LoopbackPort.free()
        let client = try makeClient(endpoint: "http://127.0.0.1:\(port)", maxAttempts: 2)
        let error = await #expect(throws: QueueClientError.self) { try await client.queueURL(named: "q") }
        guard case .cannotConnect(let endpoint, _) = error else {
            Issue.record("expected cannotConnect, got \(String(describing: error))")
            return
        }
        #expect(endpoint == "http://127.0.0.1:\(port)/")
    }
}
