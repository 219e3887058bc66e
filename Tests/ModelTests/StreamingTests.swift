import Foundation
@testable import ModelAgents
@testable import ModelClient
import RecordAgents
import RecordRules
import Testing
import TestSupport

/// Cuts an answer off once it holds `bytes` bytes: the client's side of the judging, without the rules.
private struct LengthJudge: AnswerJudge {
    let bytes: Int
    func verdict(on answer: String) -> CutOff? { answer.utf8.count > bytes ? .overLength : nil }
}

/// The first request's record once the server has seen how its answer ended.
private func ended(_ server: ScriptedModelServer) async throws -> ScriptedModelServer.Received {
    try await waitUntil("the scripted server to see the answer end") { try await server.requests().first?.ended != nil }
    return try #require(try await server.requests().first)
}

@Suite("Streamed answers")
struct StreamingTests {
    @Test func anAnswerIsReadAsItStreamsWithTheUsageOfItsLastChunk() async throws {
        let server = try await ScriptedModelServer.start()
        try await server.script([ScriptedModelServer.Reply(
            content: #"{"text":"전지 실험을 설계함."}"#, usage: ["prompt_tokens": 321, "completion_tokens": 45], piece: 3)])
        let client = ChatClient(configuration: testConfiguration(server), logger: LogRecorder().logger())
        let completion = try await client.complete([.user("u")], model: "primary", json: true, deadline: farDeadline)
        #expect(completion.content == #"{"text":"전지 실험을 설계함."}"# && completion.finishReason == "stop")
        #expect(completion.promptTokens == 321 && completion.completionTokens == 45 && completion.cutOff == nil)
        let sent = try await ended(server)
        #expect(sent.body.stream == true && sent.body.streamOptions?.includeUsage == true)
        #expect(sent.ended == "done" && sent.pieces > 5)
    }

    @Test func aServerThatIgnoresStreamStillAnswers() async throws {
        let server = try await ScriptedModelServer.start()
        try await server.script([.answer(#"{"text":"실험함."}"#, promptTokens: 12, completionTokens: 5)], ignoreStream: true)
        let client = ChatClient(configuration: testConfiguration(server), logger: LogRecorder().logger())
        let completion = try await client.complete([.user("u")], model: "primary", json: true, deadline: farDeadline)
        #expect(completion.content == #"{"text":"실험함."}"# && completion.promptTokens == 12 && completion.completionTokens == 5)
        #expect(try await server.requests().first?.pieces == 0)
    }

    @Test func theJudgeCutsAnAnswerThatNeverStopsAndTheCallSaysSo() async throws {
        let server = try await ScriptedModelServer.start()
        try await server.script([ScriptedModelServer.Reply(interval: 0.01, forever: "끝없이 이어지는 답. ")])
        let logs = LogRecorder()
        let client = ChatClient(configuration: testConfiguration(server), logger: logs.logger())
        let completion = try await client.complete(
            [.user("u")], model: "primary", json: true, judge: LengthJudge(bytes: 200), deadline: farDeadline)
        #expect(completion.cutOff == .overLength && completion.attempts == 1)
        // The tokens received, one a piece, are counted: the server reports none before its end.
        #expect(completion.completionTokens > 0 && completion.completionTokens == (completion.content.count + 3) / 4)
        let sent = try await ended(server)
        #expect(sent.ended == "disconnected")
        #expect(try await server.requests().count == 1)
        // The call's record says why, and no level carries the text.
        let record = try #require(logs.records.first { $0.message == "model call" })
        #expect(record.level == .info && record.metadata["outcome"] == "cut_off" && record.metadata["cutOff"] == "over_length")
        #expect(!logs.records.contains { $0.metadata.values.contains { $0.contains("끝없이") } })
        #expect(client.breaker(for: "primary").state == .closed)
    }

    @Test func anAnswerThatFallsSilentIsCutOffAsIdle() async throws {
        let server = try await ScriptedModelServer.start()
        // The answer starts, then nothing comes for ten minutes; the attempt's own limit is 30 s.
        try await server.script([ScriptedModelServer.Reply(content: #"{"text":"실험"#, stall: 600)])
        var configuration = testConfiguration(server)
        configuration.idleTimeout = .milliseconds(500)
        let client = ChatClient(configuration: configuration, logger: LogRecorder().logger())
        let completion = try await client.complete([.user("u")], model: "primary", json: true, deadline: farDeadline)
        #expect(completion.cutOff == .idle && completion.content == #"{"text":"실험"#)
        #expect(try await server.requests().count == 1)
    }

    @Test func aServerErrorIsStillRetriedWhenStreaming() async throws {
        let server = try await ScriptedModelServer.start()
        try await server.script([.error(503), .answer("ok")])
        let client = ChatClient(configuration: testConfiguration(server), logger: LogRecorder().logger())
        let completion = try await client.complete([.user("u")], model: "primary", json: false, deadline: farDeadline)
        #expect(completion.content == "ok" && completion.attempts == 2 && completion.cutOff == nil)
    }

    // MARK: the stages' judge

    @Test func theWatchCutsLoopsOverLengthAndInventedForbiddenContent() throws {
        let request = try Notes.request()
        var loop = AnswerWatch(request: request, bytes: 1500, texts: 1)
        var reasons: [CutOff?] = []
        var text = #"{"text":""#
        for _ in 0..<40 where reasons.last ?? nil == nil {
            text += "전지 실험을 설계함. "
            reasons.append(loop.verdict(on: text))
        }
        #expect(reasons.last == .loop)

        var long = AnswerWatch(request: request, bytes: 30, texts: 1)
        #expect(long.verdict(on: String(repeating: "가", count: 40)) == nil)
        #expect(long.verdict(on: String(repeating: "가", count: 60)) == .overLength)

        // The prompt's own rules repeated: forbidden content the notes do not hold.
        var echo = AnswerWatch(request: request, bytes: 1500, texts: 1)
        #expect(echo.verdict(on: "- 기재 금지: 대회·수상, 공인어학시험과 그 점수, 인증시험·모의고사 성적, 논문·학회, 도서 출간") == .rejectedContent)
    }

    @Test func aRightAnswerIsNeverCutOff() throws {
        let notes = "수학 동아리에서 확률 문제를 친구들에게 설명하는 멘토 역할을 맡음.\n\n동아리 발표회에서 원주율 추정 과정을 시연함. 토플 110점."
        let request = try DraftRequest(notes: notes, section: .club, subject: nil, targetBytes: nil)
        let offline = try OfflineEngine().run(request).map(\.text)
        // Three versions sharing sentences, and the notes' own forbidden content copied or reworded (the
        // rules drop it from the finished answer).
        let reworded = offline.map { $0 + " 토플 시험에서 110점을 받음." }
        for answer in [draftsJSON(offline), draftsJSON([notes, notes, notes]), draftsJSON(reworded)] {
            var watch = AnswerWatch(request: request, bytes: request.options.targetBytes, texts: 3)
            var prefix = ""
            for character in answer {
                prefix.append(character)
                #expect(watch.verdict(on: prefix) == nil, "cut at \(prefix.count) of \(answer.count)")
            }
        }
    }

    @Test func aModelThatNeverStopsIsCutOffAndEveryStageFallsBackInBoundedTokens() async throws {
        let server = try await ScriptedModelServer.start()
        // Every answer: slow pieces of one sentence again and again, never finishing.
        try await server.script([], fallback: ScriptedModelServer.Reply(interval: 0.005, forever: "전지 실험을 설계하고 측정함. "))
        let request = try Notes.request(targetBytes: 300)
        let logs = LogRecorder()
        let agent = ModelAgent(client: ChatClient(configuration: testConfiguration(server), logger: logs.logger()), logger: logs.logger())
        let run = try await runStages(agent, request)
        expectDeliverable(run.finals, request)
        #expect(Set(run.drafts.map(\.producer) + run.finals.map(\.producer)) == [.offline])
        // Every call was cut off as a loop, none repaired or retried, each counted.
        let calls = logs.records.filter { $0.message == "model call" }
        #expect(!calls.isEmpty && calls.allSatisfy { $0.metadata["cutOff"] == "loop" && $0.metadata["attempts"] == "1" })
        #expect(run.usage.count == calls.count && run.usage.allSatisfy { $0.model == "primary" && $0.completionTokens > 0 })
        try await waitUntil("the server to see every answer end") { try await server.requests().allSatisfy { $0.ended != nil } }
        let sent = try await server.requests()
        #expect(sent.count == calls.count && sent.allSatisfy { $0.ended == "disconnected" })
        // Bounded: the client took far fewer pieces than the answer's token limit allowed, however the
        // bytes were split (the judge sees each piece). What the server sent besides before it saw the
        // client go depends on how busy the machine is, and is no measure of the cut-off.
        let limit = try #require(sent.first?.body.maxTokens)
        #expect(run.usage.allSatisfy { $0.completionTokens < limit / 4 }, "\(run.usage.map(\.completionTokens)) of \(limit)")
        #expect(run.usage.reduce(0) { $0 + $1.completionTokens } <= sent.reduce(0) { $0 + $1.pieces })
    }

    @Test func theCooperativeModelStreamsAndIsUsed() async throws {
        let server = try await ScriptedModelServer.start()
        let request = try Notes.request()
        let agent = testAgent(testConfiguration(server))
        let drafted = try await agent.draft(request, deadline: farDeadline)
        #expect(drafted.value.allSatisfy { $0.producer == .model("primary") })
        #expect(try await ended(server).ended == "done")
    }
}
