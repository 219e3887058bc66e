import Foundation
import LambdaWire
import Testing

@testable import LambdaRuntime

/// Streams server-sent events, waiting until the Runtime API has received each chunk before the next.
struct LockstepStreamer: StreamingLambdaHandler {
    let arrivals: AsyncStream<[UInt8]>
    let frames: [String]
    let failAtEnd: Bool

    func handle(_ event: [UInt8], responseWriter: LambdaResponseWriter, context: LambdaContext) async throws {
        var received = arrivals.makeAsyncIterator()
        try await responseWriter.writeStatusAndHeaders(
            HTTPStreamingPrelude(statusCode: 200, headers: ["content-type": "text/event-stream"]))
        guard await received.next() != nil else { throw Boom() }
        for frame in frames {
            try await responseWriter.write(Array(frame.utf8))
            guard await received.next() == Array(frame.utf8) else { throw Boom() }
        }
        if failAtEnd { throw Boom() }
    }
}

struct PlainStreamer: StreamingLambdaHandler {
    func handle(_ event: [UInt8], responseWriter: LambdaResponseWriter, context: LambdaContext) async throws {
        try responseWriter.startStream(contentType: "text/plain")
        try await responseWriter.write(Array("first ".utf8))
        try await responseWriter.write(Array("second".utf8))
    }
}

/// Opens a stream, then waits for something that never comes, as an event stream waits for the next
/// event; reports how the wait ended.
struct ForgottenStreamer: StreamingLambdaHandler {
    let waitEnded: AsyncStream<String>.Continuation

    func handle(_ event: [UInt8], responseWriter: LambdaResponseWriter, context: LambdaContext) async throws {
        try await responseWriter.writeStatusAndHeaders(
            HTTPStreamingPrelude(statusCode: 200, headers: ["content-type": "text/event-stream"]))
        try await responseWriter.write(Array("retry: 1000\n\n".utf8))
        do {
            // A safety net, not a budget: the cut reaches the handler at once on any machine.
            try await Task.sleep(for: .seconds(120))
            waitEnded.yield("not cancelled")
        } catch is CancellationError {
            waitEnded.yield(responseWriter.isCutShort ? "cancelled, cut short" : "cancelled")
            do {
                try await responseWriter.write(Array(": keep-alive\n\n".utf8))
                waitEnded.yield("a write after the cut was taken")
            } catch RuntimeError.responseStreamCut {
                waitEnded.yield("a write after the cut was refused")
            }
            throw CancellationError()
        }
    }
}

extension RuntimeProcessTests {
    @Suite("Streamed responses")
    struct StreamingTests {
        @Test("chunks reach the Runtime API one by one; a failure mid-stream becomes error trailers")
        func lockstepWithErrorTrailers() async throws {
            let (arrivals, arrived) = AsyncStream.makeStream(of: [UInt8].self)
            let server = try ScriptedRuntimeAPI(script: [
                .init(requestID: "req-sse", body: "{}", headers: [RuntimeAPIHeader.invocationID: "nonce-sse"])
            ]) { chunk in arrived.yield(chunk) }
            defer { server.stop() }
            // If chunks were held back, the handler would wait for ever; this ends the wait and fails the
            // test. A safety net, not a budget: each chunk arrives at once on any machine.
            let watchdog = Task {
                try await Task.sleep(for: .seconds(60))
                Issue.record("the Runtime API had not received every chunk after 60 s")
                arrived.finish()
            }
            defer { watchdog.cancel() }

            let frames = ["data: one\n\n", "data: two\n\n"]
            _ = await runUntilScriptEnds(server) {
                LockstepStreamer(arrivals: arrivals, frames: frames, failAtEnd: true)
            }

            let stream = try #require(server.requests.first { $0.path == RuntimeAPIPath.response(requestID: "req-sse") })
            #expect(stream.header(RuntimeAPIHeader.functionResponseMode) == "streaming")
            #expect(stream.header("transfer-encoding")?.lowercased() == "chunked")
            #expect(stream.header("content-type") == HTTPStreamingPrelude.contentType)
            #expect(stream.header("trailer")?.contains(RuntimeAPIHeader.functionErrorBody) == true)
            #expect(stream.header(RuntimeAPIHeader.invocationID) == "nonce-sse")
            #expect(stream.chunks.count == 3)
            #expect(Array(stream.chunks.dropFirst()) == frames.map { Array($0.utf8) })

            let (prelude, offset) = try #require(try HTTPStreamingPrelude.parse(stream.body))
            #expect(prelude == HTTPStreamingPrelude(statusCode: 200, headers: ["content-type": "text/event-stream"]))
            #expect(String(decoding: stream.body[offset...], as: UTF8.self) == frames.joined())

            #expect(stream.trailers[RuntimeAPIHeader.functionErrorType.lowercased()] == "Function.Boom")
            let encoded = try #require(stream.trailers[RuntimeAPIHeader.functionErrorBody.lowercased()])
            let payload = try JSONDecoder().decode(RuntimeErrorPayload.self, from: try #require(Data(base64Encoded: encoded)))
            #expect(payload.errorType == "Boom")
            #expect(!server.requests.contains { $0.path.hasSuffix("/error") })
        }

        @Test("a stream the Runtime API closes early cancels the waiting handler, and the runtime goes on")
        func cutShort() async throws {
            let server = try ScriptedRuntimeAPI(
                script: [.init(requestID: "req-left", body: "{}"), .init(requestID: "req-next", body: "{}")], cutStreamsAfter: 2)
            defer { server.stop() }
            let (ends, waitEnded) = AsyncStream.makeStream(of: String.self)
            let logs = LogCapture()
            let stopped = await runUntilScriptEnds(server, logs: logs) { ForgottenStreamer(waitEnded: waitEnded) }
            waitEnded.finish()
            var seen: [String] = []
            for await end in ends { seen.append(end) }

            // Both invocations were cut after their first frame and their handlers stopped; the
            // runtime stopped only at the end of the script (its 500 on `/next`).
            #expect(seen == Array(repeating: ["cancelled, cut short", "a write after the cut was refused"], count: 2).flatMap { $0 })
            #expect(stopped == .unexpectedStatus(path: RuntimeAPIPath.next, status: 500))
            let streams = server.requests.filter { $0.path.hasSuffix("/response") }
            #expect(streams.map(\.path) == [RuntimeAPIPath.response(requestID: "req-left"), RuntimeAPIPath.response(requestID: "req-next")])
            #expect(!logs.entries.contains { ($0["level"] as? String) == "ERROR" })
        }

        @Test("a stream left open by the handler is finished without error trailers")
        func autoFinish() async throws {
            let server = try ScriptedRuntimeAPI(script: [
                .init(requestID: "req-plain", body: "{}"), .init(requestID: "req-after", body: "{}"),
            ])
            defer { server.stop() }
            _ = await runUntilScriptEnds(server) { PlainStreamer() }

            let streams = server.requests.filter { $0.path.hasSuffix("/response") }
            #expect(streams.count == 2)
            let stream = try #require(streams.first)
            #expect(stream.header("content-type") == "text/plain")
            #expect(stream.chunks == [Array("first ".utf8), Array("second".utf8)])
            #expect(stream.trailers.isEmpty)
        }
    }
}
