import Foundation
@testable import ModelAgents
import ModelClient
import RecordAgents
import RecordRules
import Testing
import TestSupport

/// Real answers of a weak model (Gemma 3 270M through llama.cpp's server), kept as they were sent:
/// the client must read each body, the strict parser must read or refuse each answer, the rules must
/// find what is wrong with it, and each stage must take from it exactly the versions it should.
/// One fixture at a time: each starts its own model server.
@Suite("Answers recorded from a real model", .serialized)
struct RecordedAnswerTests {
    @Test func answersOfTheDraftStageAreRecorded() {
        #expect(RecordedAnswer.all.count >= 3)
        #expect(RecordedAnswer.all.contains { $0.stage == "draft" })
    }

    /// The body as llama.cpp's server sent it, through the real client: the message, the finish reason
    /// and the tokens it counted.
    @Test("the client reads the recorded body", arguments: RecordedAnswer.all)
    func theClientReadsTheBody(_ answer: RecordedAnswer) async throws {
        let server = try await ScriptedModelServer.start()
        defer { server.stop() }
        try await server.script([ScriptedModelServer.Reply(body: answer.response)])
        let client = ChatClient(configuration: testConfiguration(server, fallback: nil, attempts: 1), logger: LogRecorder().logger())
        let completion = try await client.complete([.user("recorded")], model: "primary", json: true, deadline: farDeadline)
        let sent = try Self.sent(answer)
        #expect(completion.content == sent.content)
        #expect(completion.finishReason == sent.finishReason)
        #expect(completion.promptTokens == sent.promptTokens && completion.promptTokens > 0)
        #expect(completion.completionTokens == sent.completionTokens && completion.completionTokens > 0)
    }

    /// What the parser reads out of the answer and what the rules then find in it.
    @Test("the parser and the rules judge the recorded answer", arguments: RecordedAnswer.all)
    func theParserAndTheRulesJudgeIt(_ answer: RecordedAnswer) throws {
        let content = try Self.sent(answer).content
        let request = try answer.request()
        let checker = RuleChecker(options: request.options)
        let texts: [String]
        switch answer.stage {
        case "draft":
            let drafts = AnswerParser.drafts(content)
            #expect((drafts != nil) == answer.expected.parses, "\(content)")
            texts = drafts.map { $0.sorted { $0.key < $1.key }.map(\.value) } ?? []
        default:
            let text = AnswerParser.text(content)
            #expect((text != nil) == answer.expected.parses, "\(content)")
            texts = text.map { [$0] } ?? []
        }
        let problems: (RuleReport) -> [Violation] = switch answer.stage {
        case "draft": Validation.draftProblems
        case "refine": Validation.refineProblems
        default: Validation.finalProblems
        }
        var found = Set(texts.flatMap { problems(checker.check($0)).map(\.category.rawValue) })
        if texts.isEmpty { found.insert("unreadable") }
        #expect(Set(answer.expected.why).isSubset(of: found), "\(found) \(texts)")
        #expect(found.isEmpty == answer.expected.why.isEmpty, "\(found)")
    }

    /// The stage itself, given the recorded answer (and no answer to its repair request): the versions
    /// it takes from the model show the model as their producer, the rest are the offline engine's, and
    /// every version still passes.
    @Test("the stage takes what it should from the recorded answer", arguments: RecordedAnswer.all)
    func theStageTakesWhatItShould(_ answer: RecordedAnswer) async throws {
        let server = try await ScriptedModelServer.start()
        defer { server.stop() }
        try await server.script([ScriptedModelServer.Reply(body: answer.response), .error(400)])
        let agent = testAgent(testConfiguration(server, fallback: nil, attempts: 1))
        let request = try answer.request()
        let checker = RuleChecker(options: request.options)
        switch answer.stage {
        case "draft":
            let drafted = try await agent.draft(request, deadline: farDeadline)
            let accepted = drafted.value.filter { $0.producer == .model("primary") }.map(\.value.version)
            #expect(accepted == answer.expected.accepted)
            #expect(drafted.value.map(\.value.version) == [1, 2, 3])
            for draft in drafted.value {
                #expect(Validation.draftProblems(checker.check(draft.value.text)).isEmpty, "\(draft.value.text)")
            }
        case "refine":
            let given = DraftVersion(version: 1, text: try #require(answer.draft))
            let refined = try await agent.refine(given, request: request, deadline: farDeadline)
            #expect((refined.value.producer == .model("primary") ? [1] : []) == answer.expected.accepted)
            if refined.value.producer == .offline {
                // Not taken: the version is exactly what the offline engine makes of it without a model.
                #expect(refined.value.value.text == OfflineEngine().refineVersion(given, checker: checker).text)
            } else {
                #expect(Validation.refineProblems(checker.check(refined.value.value.text)).isEmpty)
            }
        default:
            let given = DraftVersion(version: 1, text: try #require(answer.draft))
            let final = try await agent.finalize(given, request: request, deadline: farDeadline)
            #expect((final.value.producer == .model("primary") ? [1] : []) == answer.expected.accepted)
            if final.value.producer == .offline {
                // Not taken: the version is exactly the offline engine's fit, as if no model were configured
                // (a target too small for every paragraph fails there as it does here).
                #expect(final.value.value.text == (try OfflineEngine().finalizeVersion(given, checker: checker)).text)
            } else {
                #expect(checker.check(final.value.value.text).passes)
            }
        }
        #expect(try await server.requests().count >= 1)
    }

    /// The fields of the recorded body, read with Foundation's own JSON parser.
    private static func sent(_ answer: RecordedAnswer) throws
        -> (content: String, finishReason: String?, promptTokens: Int, completionTokens: Int)
    {
        let body = try #require(try JSONSerialization.jsonObject(with: Data(answer.response.utf8)) as? [String: Any])
        let choice = try #require((body["choices"] as? [[String: Any]])?.first)
        let message = try #require(choice["message"] as? [String: Any])
        let usage = try #require(body["usage"] as? [String: Any])
        return (
            try #require(message["content"] as? String), choice["finish_reason"] as? String,
            try #require(usage["prompt_tokens"] as? Int), try #require(usage["completion_tokens"] as? Int)
        )
    }
}
