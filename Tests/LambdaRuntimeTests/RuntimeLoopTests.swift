import Foundation
import LambdaWire
import Synchronization
import Testing

@testable import LambdaRuntime

struct Echo: LambdaHandler {
    struct Payload: Codable, Sendable { var text: String }
    func handle(_ event: Payload, context: LambdaContext) async throws -> Payload {
        context.logger.info("echoing")
        return Payload(text: event.text.uppercased())
    }
}

struct Failing: LambdaHandler {
    func handle(_ event: [String: String], context: LambdaContext) async throws -> [String: String] {
        throw Boom()
    }
}

/// Runtimes set the process-wide `_X_AMZN_TRACE_ID`, so the suites that run one take turns.
@Suite(.serialized)
enum RuntimeProcessTests {}

extension RuntimeProcessTests {
    @Suite("Runtime API loop")
    struct RuntimeLoopTests {
        @Test("a successful invocation posts its response, echoing the invocation id")
        func success() async throws {
            let server = try ScriptedRuntimeAPI(script: [
                .init(requestID: "req-1", body: #"{"text":"hello"}"#, headers: ["Lambda-Runtime-Invocation-Id": "nonce-1"]),
                .init(requestID: "req-2", body: #"{"text":"again"}"#),
            ])
            defer { server.stop() }
            let logs = LogCapture()
            let stop = await runUntilScriptEnds(server, logs: logs) { LambdaCodableAdapter(Echo()) }

            #expect(stop == .unexpectedStatus(path: RuntimeAPIPath.next, status: 500))
            let requests = server.requests
            try #require(requests.map(\.path) == [
                RuntimeAPIPath.next, RuntimeAPIPath.response(requestID: "req-1"),
                RuntimeAPIPath.next, RuntimeAPIPath.response(requestID: "req-2"),
                RuntimeAPIPath.next,
            ])
            #expect(requests[1].method == "POST")
            #expect(requests[1].text == #"{"text":"HELLO"}"#)
            #expect(requests[1].header("content-type") == "application/json")
            #expect(requests[1].header(RuntimeAPIHeader.invocationID) == "nonce-1")
            #expect(requests[3].header(RuntimeAPIHeader.invocationID) == nil)
            #expect(requests[3].text == #"{"text":"AGAIN"}"#)

            let lines = logs.entries.filter { $0["message"] as? String == "echoing" }
            #expect(lines.map { $0["requestId"] as? String } == ["req-1", "req-2"])
            #expect(lines.first?["level"] as? String == "INFO")
            #expect((lines.first?["timestamp"] as? String)?.hasSuffix("Z") == true)
        }

        @Test("a throwing handler is reported on /error with its type and message")
        func handlerError() async throws {
            let server = try ScriptedRuntimeAPI(script: [
                .init(requestID: "req-err", body: "{}", headers: ["Lambda-Runtime-Invocation-Id": "nonce-err"])
            ])
            defer { server.stop() }
            _ = await runUntilScriptEnds(server) { LambdaCodableAdapter(Failing()) }

            let report = try #require(server.requests.first { $0.path == RuntimeAPIPath.error(requestID: "req-err") })
            #expect(report.header(RuntimeAPIHeader.functionErrorType) == "Function.Boom")
            #expect(report.header(RuntimeAPIHeader.invocationID) == "nonce-err")
            #expect(report.header("content-type") == RuntimeErrorPayload.contentType)
            let payload = try JSONDecoder().decode(RuntimeErrorPayload.self, from: Data(report.body))
            #expect(payload == RuntimeErrorPayload(errorType: "Boom", errorMessage: "the handler gave up"))
            #expect(!server.requests.contains { $0.path.hasSuffix("/response") })
        }

        @Test("an undecodable event is an invocation error, not a crash")
        func undecodableEvent() async throws {
            let server = try ScriptedRuntimeAPI(script: [.init(requestID: "req-bad", body: "not json")])
            defer { server.stop() }
            _ = await runUntilScriptEnds(server) { LambdaCodableAdapter(Echo()) }
            #expect(server.requests.contains { $0.path == RuntimeAPIPath.error(requestID: "req-bad") })
        }

        @Test("a failed start is reported on /init/error and no event is fetched")
        func initFailure() async throws {
            let server = try ScriptedRuntimeAPI(script: [.init(requestID: "never", body: "{}")])
            defer { server.stop() }
            let stop = await runUntilScriptEnds(server) { () async throws -> LambdaCodableAdapter<Echo> in throw Boom() }

            #expect(stop == .initializationFailed("the handler gave up"))
            let requests = server.requests
            try #require(requests.map(\.path) == [RuntimeAPIPath.initError])
            #expect(requests[0].header(RuntimeAPIHeader.functionErrorType) == "Runtime.InitError")
            let payload = try JSONDecoder().decode(RuntimeErrorPayload.self, from: Data(requests[0].body))
            #expect(payload.errorType == "Boom")
        }

        @Test("context carries the headers of /next and a deadline-aware remaining time")
        func contextHeaders() async throws {
            // An hour away: the remaining time is checked for being derived from the deadline, not for
            // how soon the invocation ran.
            let deadline = nowMilliseconds() + 3_600_000
            let server = try ScriptedRuntimeAPI(script: [
                .init(
                    requestID: "req-ctx", body: "{}",
                    headers: [
                        RuntimeAPIHeader.deadlineMilliseconds: String(deadline),
                        RuntimeAPIHeader.invokedFunctionARN: "arn:aws:lambda:ap-northeast-2:123456789012:function:draft",
                        RuntimeAPIHeader.traceID: "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1",
                        RuntimeAPIHeader.clientContext: #"{"client":{}}"#,
                        RuntimeAPIHeader.tenantID: "school-7",
                        RuntimeAPIHeader.invocationID: "nonce-ctx",
                    ])
            ])
            defer { server.stop() }
            let seen = Mutex<(LambdaContext, Duration, String?)?>(nil)
            _ = await runUntilScriptEnds(server, functionName: "draft") {
                ContextProbe { context in
                    let trace = ProcessInfo.processInfo.environment["_X_AMZN_TRACE_ID"]
                    seen.withLock { $0 = (context, context.remainingTime(), trace) }
                }
            }
            let (context, remaining, trace) = try #require(seen.withLock { $0 })
            #expect(context.requestID == "req-ctx")
            #expect(context.deadlineEpochMilliseconds == deadline)
            #expect(context.invokedFunctionARN == "arn:aws:lambda:ap-northeast-2:123456789012:function:draft")
            #expect(context.traceID?.hasPrefix("Root=1-5759e988") == true)
            #expect(trace == context.traceID)
            #expect(context.clientContext == #"{"client":{}}"#)
            #expect(context.tenantID == "school-7")
            #expect(context.invocationID == "nonce-ctx")
            #expect(context.functionName == "draft")
            #expect(remaining > .zero && remaining <= .seconds(3_600))
        }

        @Test("a 410 for a timed-out invocation is not fatal: the loop goes on")
        func staleResponse() async throws {
            let server = try ScriptedRuntimeAPI(
                script: [.init(requestID: "late-1", body: #"{"text":"a"}"#), .init(requestID: "late-2", body: #"{"text":"b"}"#)],
                responseStatus: 410)
            defer { server.stop() }
            let stop = await runUntilScriptEnds(server) { LambdaCodableAdapter(Echo()) }
            #expect(stop == .unexpectedStatus(path: RuntimeAPIPath.next, status: 500))
            #expect(server.requests.filter { $0.path.hasSuffix("/response") }.count == 2)
        }

        @Test("writing after the response fails that invocation only; the loop goes on")
        func writerMisuse() async throws {
            let server = try ScriptedRuntimeAPI(script: [.init(requestID: "twice-1", body: "{}"), .init(requestID: "twice-2", body: "{}")])
            defer { server.stop() }
            let stop = await runUntilScriptEnds(server) { RespondsTwice() }
            #expect(stop == .unexpectedStatus(path: RuntimeAPIPath.next, status: 500))
            #expect(server.requests.map(\.path) == [
                RuntimeAPIPath.next, RuntimeAPIPath.response(requestID: "twice-1"),
                RuntimeAPIPath.next, RuntimeAPIPath.response(requestID: "twice-2"),
                RuntimeAPIPath.next,
            ])
        }

        @Test("an SQS batch reports only the failed records")
        func sqsBatchFailures() async throws {
            let event = SQSEvent(records: ["m1", "m2", "m3"].map { id in
                SQSMessage(
                    messageId: id, receiptHandle: "rh-\(id)", body: id == "m2" ? "poison" : "fine",
                    attributes: ["ApproximateReceiveCount": "1"], md5OfBody: "x",
                    eventSourceARN: "arn:aws:sqs:ap-northeast-2:123456789012:draft-queue", awsRegion: "ap-northeast-2")
            })
            let body = String(decoding: try JSONEncoder().encode(event), as: UTF8.self)
            let server = try ScriptedRuntimeAPI(script: [.init(requestID: "req-sqs", body: body)])
            defer { server.stop() }
            _ = await runUntilScriptEnds(server) { LambdaCodableAdapter(BatchHandler()) }

            let response = try #require(server.requests.first { $0.path == RuntimeAPIPath.response(requestID: "req-sqs") })
            let decoded = try JSONDecoder().decode(SQSBatchResponse.self, from: Data(response.body))
            #expect(decoded == SQSBatchResponse(failedMessageIDs: ["m2"]))
            #expect(response.text == #"{"batchItemFailures":[{"itemIdentifier":"m2"}]}"#)
        }
    }
}

struct ContextProbe: StreamingLambdaHandler {
    let probe: @Sendable (LambdaContext) -> Void
    func handle(_ event: [UInt8], responseWriter: LambdaResponseWriter, context: LambdaContext) async throws {
        probe(context)
    }
}

struct RespondsTwice: StreamingLambdaHandler {
    func handle(_ event: [UInt8], responseWriter: LambdaResponseWriter, context: LambdaContext) async throws {
        try await responseWriter.respond(Array("{}".utf8))
        try await responseWriter.write(Array("late".utf8))
    }
}

struct BatchHandler: LambdaHandler {
    func handle(_ event: SQSEvent, context: LambdaContext) async throws -> SQSBatchResponse {
        await event.processRecords(context: context) { record in
            if record.body == "poison" { throw Boom() }
        }
    }
}
