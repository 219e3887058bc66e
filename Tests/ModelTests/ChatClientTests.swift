import Foundation
import Logging
@testable import ModelClient
import Testing
import TestSupport

@Suite("Chat client against the scripted server")
struct ChatClientTests {
    @Test func aGoodAnswerCarriesTheContentAndTokens() async throws {
        let server = try await ScriptedModelServer.start()
        try await server.script([.answer(#"{"text":"실험을 설계함."}"#, promptTokens: 321, completionTokens: 45)])
        let client = ChatClient(configuration: testConfiguration(server), logger: LogRecorder().logger())
        let completion = try await client.complete([.system("s"), .user("u")], model: "primary", json: true, deadline: farDeadline)
        #expect(completion.content == #"{"text":"실험을 설계함."}"#)
        #expect(completion.promptTokens == 321 && completion.completionTokens == 45)
        #expect(completion.attempts == 1)
        let sent = try #require(try await server.requests().first)
        #expect(sent.path == "/v1/chat/completions")
        #expect(sent.header("Authorization") == "Bearer sk-test")
        #expect(sent.body.model == "primary")
        #expect(sent.body.responseFormat?.type == "json_object")
        #expect(sent.body.messages.map(\.role) == ["system", "user"])
    }

    @Test func a429WaitsForRetryAfter() async throws {
        let server = try await ScriptedModelServer.start()
        try await server.script([.error(429, headers: ["Retry-After": "1"]), .answer("ok")])
        let client = ChatClient(configuration: testConfiguration(server), logger: LogRecorder().logger())
        let started = ContinuousClock.now
        let completion = try await client.complete([.user("u")], model: "primary", json: false, deadline: farDeadline)
        #expect(completion.attempts == 2)
        // The policy's own backoff is at most 50 ms here: only Retry-After explains a second's wait.
        #expect(started.duration(to: .now) >= .milliseconds(950))
    }

    /// A call whose task is cancelled while it waits to retry ends there, with no further attempt.
    @Test func aCancelledCallStopsWaitingAndRetriesNoMore() async throws {
        let server = try await ScriptedModelServer.start()
        try await server.script([], fallback: .error(500, headers: ["Retry-After": "30"]))
        let client = ChatClient(configuration: testConfiguration(server, attempts: 3), logger: LogRecorder().logger())
        let call = Task { () async throws(ModelError) -> ChatCompletion in
            try await client.complete([.user("u")], model: "primary", json: false, deadline: farDeadline)
        }
        try await waitUntil("the first attempt") { try await server.requests().count == 1 }
        call.cancel()
        // Whether the cancellation met the exchange or the wait, the call ends after its one attempt.
        await #expect { try await call.value } throws: { error in
            guard case .exhausted(let attempts, _) = error as? ModelError else { return false }
            return attempts == 1
        }
        #expect(try await server.requests().count == 1)
    }

    @Test func aSlowAnswerTimesOutAndIsRetried() async throws {
        let server = try await ScriptedModelServer.start()
        try await server.script([ScriptedModelServer.Reply(content: "late", delay: 60), .answer("ok")])
        // The attempt timeout is the one every answer gets, so the retry's answer is not raced against a
        // short one; the first answer would take a minute, and "late" would be its content.
        let client = ChatClient(configuration: testConfiguration(server), logger: LogRecorder().logger())
        let completion = try await client.complete([.user("u")], model: "primary", json: false, deadline: farDeadline)
        #expect(completion.content == "ok" && completion.attempts == 2)
    }

    @Test func theDeadlineBoundsEveryAttempt() async throws {
        let server = try await ScriptedModelServer.start()
        try await server.script([], fallback: ScriptedModelServer.Reply(content: "late", delay: 60))
        // Attempts may take two minutes each: only the deadline can end the call early.
        let client = ChatClient(configuration: testConfiguration(server, attempts: 5, attemptTimeout: .seconds(120)), logger: LogRecorder().logger())
        // The deadline leaves the request time to reach the server; the answer would take a minute.
        let error = await #expect(throws: ModelError.self) {
            try await client.complete([.user("u")], model: "primary", json: false, deadline: .now + answerTime)
        }
        // One attempt, cut short by the deadline, and no time left for another.
        guard case .exhausted(attempts: 1, let last)? = error, last.hasPrefix("timed out") else {
            Issue.record("expected one attempt that timed out, got \(String(describing: error))")
            return
        }
        await #expect(throws: ModelError.noTimeLeft) {
            try await client.complete([.user("u")], model: "primary", json: false, deadline: .now + .milliseconds(50))
        }
        #expect(try await server.requests().count == 1)
    }

    @Test("400, 401 and 403 are not retried", arguments: [400, 401, 403])
    func clientErrorsAreNotRetried(_ status: Int) async throws {
        let server = try await ScriptedModelServer.start()
        try await server.script([.error(status), .answer("ok")])
        let client = ChatClient(configuration: testConfiguration(server), logger: LogRecorder().logger())
        await #expect(throws: ModelError.rejected(status: status, message: "scripted \(status)")) {
            try await client.complete([.user("u")], model: "primary", json: false, deadline: farDeadline)
        }
        #expect(try await server.requests().count == 1)
    }

    @Test func serverErrorsAreRetriedUpToTheAttemptLimit() async throws {
        let server = try await ScriptedModelServer.start()
        try await server.script([], fallback: .error(503))
        let client = ChatClient(configuration: testConfiguration(server, attempts: 4), logger: LogRecorder().logger())
        await #expect(throws: ModelError.exhausted(attempts: 4, last: "503")) {
            try await client.complete([.user("u")], model: "primary", json: false, deadline: farDeadline)
        }
        #expect(try await server.requests().count == 4)
    }

    @Test func aBurstOf500sOpensTheBreaker() async throws {
        let server = try await ScriptedModelServer.start()
        try await server.script([], fallback: .error(500))
        // A cool-down far longer than the test: the breaker stays open throughout, however slow the machine.
        let client = ChatClient(
            configuration: testConfiguration(server, attempts: 5, breakerThreshold: 3, coolDown: .seconds(3600)),
            logger: LogRecorder().logger())
        // Three failures open the breaker: the fourth attempt is never sent.
        await #expect(throws: ModelError.circuitOpen) {
            try await client.complete([.user("u")], model: "primary", json: false, deadline: farDeadline)
        }
        #expect(try await server.requests().count == 3)
        #expect(client.breaker(for: "primary").state == .open && client.isOpen("primary"))
        // While open, calls fail at once without reaching the server.
        await #expect(throws: ModelError.circuitOpen) {
            try await client.complete([.user("u")], model: "primary", json: false, deadline: farDeadline)
        }
        #expect(try await server.requests().count == 3)
        // Another model on the same endpoint has its own breaker.
        #expect(client.breaker(for: "fallback").state == .closed && !client.isOpen("fallback"))
    }

    @Test func anOpenBreakerAnswersAtOnceWithoutContactingTheServer() async throws {
        let server = try await ScriptedModelServer.start()
        // An attempt would wait 30 s for an answer that never comes: the server holds each one back.
        try await server.script([], fallback: ScriptedModelServer.Reply(content: "{}", delay: 60))
        let client = ChatClient(
            configuration: testConfiguration(server, attempts: 5, breakerThreshold: 1, coolDown: .seconds(3600)),
            logger: LogRecorder().logger())
        client.breaker(for: "primary").recordFailure()
        var durations: [Duration] = []
        for _ in 0..<5 {
            let started = ContinuousClock.now
            await #expect(throws: ModelError.circuitOpen) {
                try await client.complete([.user("u")], model: "primary", json: true, deadline: farDeadline)
            }
            durations.append(started.duration(to: .now))
        }
        #expect(try await server.requests().isEmpty)
        // The bound the breaker promises, taken as the fastest of five so a descheduled thread on a busy
        // machine does not decide it; none came near an attempt's timeout.
        #expect(try #require(durations.min()) < .milliseconds(10), "\(durations)")
        #expect(durations.allSatisfy { $0 < .seconds(1) }, "\(durations)")
    }

    @Test func theFailureThatOpensTheBreakerEndsTheCallWithoutWaitingOutTheBackoff() async throws {
        let server = try await ScriptedModelServer.start()
        // The server asks for a 60 s wait; the first failure opens the breaker, so no retry could go out.
        try await server.script([], fallback: .error(503, headers: ["Retry-After": "60"]))
        let client = ChatClient(
            configuration: testConfiguration(server, attempts: 3, breakerThreshold: 1, coolDown: .seconds(3600)),
            logger: LogRecorder().logger())
        let started = ContinuousClock.now
        await #expect(throws: ModelError.circuitOpen) {
            try await client.complete([.user("u")], model: "primary", json: false, deadline: farDeadline)
        }
        // Waiting out the server's 60 s backoff is what this rules out; a starved thread pool on a busy
        // machine has taken over 30 s to resume a task, so the bound sits just under the backoff.
        #expect(started.duration(to: .now) < .seconds(55))
        #expect(try await server.requests().count == 1)
    }

    @Test func anOpenBreakerHalfOpensAfterTheCoolDown() async throws {
        let server = try await ScriptedModelServer.start()
        try await server.script([], fallback: .error(500))
        let coolDown = Duration.seconds(3)
        let breakers = CircuitBreakers(threshold: 3, coolDown: coolDown)
        func client(attempts: Int) -> ChatClient {
            ChatClient(configuration: testConfiguration(server, attempts: attempts), breakers: breakers, logger: LogRecorder().logger())
        }
        let breaker = client(attempts: 1).breaker(for: "primary")
        // As many attempts as the threshold: the burst opens the breaker and ends there, however long the
        // machine takes between attempts.
        await #expect(throws: ModelError.exhausted(attempts: 3, last: "500")) {
            try await client(attempts: 3).complete([.user("u")], model: "primary", json: false, deadline: farDeadline)
        }
        try await waitUntil("the breaker to half-open after its cool-down") { breaker.state == .halfOpen }

        // A failing trial opens it again at once.
        let trial = ContinuousClock.now
        await #expect(throws: ModelError.exhausted(attempts: 1, last: "500")) {
            try await client(attempts: 1).complete([.user("u")], model: "primary", json: false, deadline: farDeadline)
        }
        #expect(try await server.requests().count == 4)
        // Only a whole cool-down since the trial began could have half-opened it again by now.
        #expect(breaker.state == .open || trial.duration(to: .now) >= coolDown)

        try await waitUntil("the breaker to half-open again") { breaker.state == .halfOpen }
        try await server.script([], fallback: .answer("back"))
        let completion = try await client(attempts: 1).complete([.user("u")], model: "primary", json: false, deadline: farDeadline)
        #expect(completion.content == "back")
        #expect(breaker.state == .closed)
    }

    @Test func anUnreachableEndpointIsRetriedThenGivenUp() async throws {
        let server = try await ScriptedModelServer.start()
        server.stop()
        let client = ChatClient(configuration: testConfiguration(server, attempts: 3), logger: LogRecorder().logger())
        await #expect(throws: ModelError.self) {
            try await client.complete([.user("u")], model: "primary", json: false, deadline: farDeadline)
        }
    }

    @Test func aServerWithoutJSONModeIsAskedAgainWithoutIt() async throws {
        let server = try await ScriptedModelServer.start()
        try await server.script([], rejectResponseFormat: true)
        let client = ChatClient(configuration: testConfiguration(server), logger: LogRecorder().logger())
        let ask = [ChatMessage.user("<draft>\n실험을 설계함.\n</draft>")]
        let completion = try await client.complete(ask, model: "primary", json: true, deadline: farDeadline)
        #expect(completion.attempts == 1)
        _ = try await client.complete(ask, model: "primary", json: true, deadline: farDeadline)
        // Once rejected, never sent again: three requests, only the first with response_format.
        #expect(try await server.requests().map { $0.body.responseFormat != nil } == [true, false, false])
    }

    @Test func eachCallIsLoggedAtInfoWithoutTheConversation() async throws {
        let server = try await ScriptedModelServer.start()
        try await server.script([.answer("학생 답변 내용", promptTokens: 7, completionTokens: 3)])
        let recorder = LogRecorder()
        let client = ChatClient(configuration: testConfiguration(server), logger: recorder.logger())
        _ = try await client.complete([.user("학생 메모 내용")], model: "primary", json: true, deadline: farDeadline, metadata: ["stage": "draft"])
        let info = recorder.records.filter { $0.level >= .info }
        let call = try #require(info.first { $0.message == "model call" })
        #expect(call.metadata["stage"] == "draft" && call.metadata["model"] == "primary" && call.metadata["outcome"] == "ok")
        #expect(call.metadata["promptTokens"] == "7" && call.metadata["completionTokens"] == "3")
        #expect(call.metadata["latencyMs"] != nil)
        let infoText = info.map { "\($0.message) \($0.metadata)" }.joined()
        #expect(!infoText.contains("학생 메모") && !infoText.contains("학생 답변"))
        let debugText = recorder.records.filter { $0.level == .debug }.map { "\($0.metadata)" }.joined()
        #expect(debugText.contains("학생 메모") && debugText.contains("학생 답변"))
    }
}
