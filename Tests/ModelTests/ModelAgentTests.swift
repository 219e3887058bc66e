import Foundation
@testable import ModelAgents
import ModelClient
import RecordAgents
import RecordRules
import Synchronization
import Testing
import TestSupport

/// Runs the three stages of one request the way the pipeline does.
func runStages(_ agent: any StageAgent, _ request: DraftRequest) async throws
    -> (drafts: [Produced<DraftVersion>], finals: [Produced<FinalVersion>], usage: [ModelCallUsage])
{
    let drafted = try await agent.draft(request, deadline: farDeadline)
    var usage = drafted.usage
    var finals: [Produced<FinalVersion>] = []
    for draft in drafted.value {
        let refined = try await agent.refine(draft.value, request: request, deadline: farDeadline)
        let final = try await agent.finalize(refined.value.value, request: request, deadline: farDeadline)
        usage += refined.usage + final.usage
        finals.append(final.value)
    }
    return (drafted.value, finals, usage)
}

/// What every version the teacher sees must be, whoever wrote it.
func expectDeliverable(_ finals: [Produced<FinalVersion>], _ request: DraftRequest, without terms: [String] = [], sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(finals.map(\.value.version) == [1, 2, 3], sourceLocation: sourceLocation)
    let checker = RuleChecker(options: request.options)
    for final in finals.map(\.value) {
        let report = checker.check(final.text)
        #expect(report.passes, "v\(final.version): \(final.text) \(report.blocking.map(\.reason))", sourceLocation: sourceLocation)
        #expect(final.bytes <= request.options.targetBytes, sourceLocation: sourceLocation)
        #expect(report.paragraphs?.allSatisfy { !$0.admissible || $0.covered } == true, sourceLocation: sourceLocation)
        for term in terms {
            #expect(!final.text.contains(term), "v\(final.version) holds \(term): \(final.text)", sourceLocation: sourceLocation)
        }
    }
}

@Suite("Model agents: validate and repair")
struct ModelAgentTests {
    @Test func goodAnswersAreUsedAsTheyAre() async throws {
        let chat = InMemoryChat()
        let request = try Notes.request()
        let offline = try OfflineEngine().run(request).map(\.text)
        chat.script([.answer("```json\n" + draftsJSON(offline) + "\n```")] + offline.flatMap { [.answer(textJSON($0)), .answer(textJSON($0))] })
        let agent = testAgent(chat)
        let run = try await runStages(agent, request)
        #expect(run.drafts.map(\.value.text) == offline)
        #expect(run.finals.map(\.value.text) == offline)
        #expect(Set(run.drafts.map(\.producer)) == [.model("primary")])
        // The drafts already pass: refine and finalize find nothing a model should do, and ask nothing.
        #expect(Set(run.finals.map(\.producer)) == [.offline])
        #expect(run.usage.count == 1)
        #expect(run.usage.allSatisfy { $0 == ModelCallUsage(model: "primary", promptTokens: 100, completionTokens: 50) })
        expectDeliverable(run.finals, request)
    }

    @Test func aCooperativeModelsDraftIsFinishedByTheRulesWithoutAnotherCall() async throws {
        // The cooperative model: the notes as drafts (past tense, 했다).
        let chat = InMemoryChat()
        let request = try Notes.request()
        let agent = testAgent(chat)
        let run = try await runStages(agent, request)
        #expect(Set(run.drafts.map(\.producer)) == [.model("primary")])
        expectDeliverable(run.finals, request)
        // "설명했다" is an ending the rules convert, within the budget: finalize needs no model.
        #expect(Set(run.finals.map(\.producer)) == [.offline])
        #expect(chat.calls.count == 1)
    }

    @Test func finalizeAsksTheModelOnlyWhenTheFitWouldCutContent() async throws {
        let chat = InMemoryChat()
        let agent = testAgent(chat)
        let long = DraftVersion(version: 1, text: Notes.clean.replacingOccurrences(of: "\n\n", with: " ").replacingOccurrences(of: "설명했다", with: "설명함"))
        let roomy = try await agent.finalize(long, request: try Notes.request(), deadline: farDeadline)
        #expect(roomy.usage.isEmpty && roomy.value.producer == .offline)
        // A target the text is over: the deterministic fit would drop a sentence, so the model compresses.
        let request = try Notes.request(targetBytes: 120)
        let short = "전지 실험을 설계함. 측정을 담당함. 오차 원인을 그래프로 설명함."
        chat.script([.answer(textJSON(short))])
        let tight = try await agent.finalize(long, request: request, deadline: farDeadline)
        #expect(tight.usage.count == 1 && tight.value.producer == .model("primary"))
        #expect(tight.value.value.text == short && tight.value.value.bytes <= 120)
        let ask = try #require(chat.calls.first?.message(1)?.content)
        #expect(ask.contains("120바이트 이하로") && ask.contains("[바이트 제한]"))
    }

    /// Refine and finalize announce each model they start waiting on, and only when they ask one;
    /// a model whose breaker is open is not waited on and not announced.
    @Test func aStageAnnouncesTheModelItWaitsOn() async throws {
        let chat = InMemoryChat()
        let agent = testAgent(chat)
        let announced = Mutex<[String]>([])
        let record: @Sendable (String) async -> Void = { model in announced.withLock { $0.append(model) } }
        let long = DraftVersion(version: 1, text: Notes.clean.replacingOccurrences(of: "\n\n", with: " ").replacingOccurrences(of: "설명했다", with: "설명함"))
        try await ModelCallNotice.$observer.withValue(ModelCallNotice.Observer(record)) {
            _ = try await agent.finalize(long, request: try Notes.request(), deadline: farDeadline)
        }
        #expect(announced.withLock { $0 }.isEmpty)
        chat.script([.answer(textJSON("전지 실험을 설계함. 측정을 담당함. 오차 원인을 그래프로 설명함."))])
        try await ModelCallNotice.$observer.withValue(ModelCallNotice.Observer(record)) {
            _ = try await agent.finalize(long, request: try Notes.request(targetBytes: 120), deadline: farDeadline)
        }
        #expect(announced.withLock { $0 } == ["primary"])
        // The primary fails; the fallback is announced as it is asked.
        chat.script([.failure(.exhausted(attempts: 1, last: "500")), .answer(textJSON("전지 실험을 설계함. 측정을 담당함. 오차 원인을 그래프로 설명함."))])
        announced.withLock { $0 = [] }
        try await ModelCallNotice.$observer.withValue(ModelCallNotice.Observer(record)) {
            _ = try await agent.finalize(long, request: try Notes.request(targetBytes: 120), deadline: farDeadline)
        }
        #expect(announced.withLock { $0 } == ["primary", "fallback"])
        // With the primary's breaker open, only the fallback is waited on.
        chat.setOpen("primary", true)
        chat.script([.answer(textJSON("전지 실험을 설계함. 측정을 담당함. 오차 원인을 그래프로 설명함."))])
        announced.withLock { $0 = [] }
        try await ModelCallNotice.$observer.withValue(ModelCallNotice.Observer(record)) {
            _ = try await agent.finalize(long, request: try Notes.request(targetBytes: 120), deadline: farDeadline)
        }
        #expect(announced.withLock { $0 } == ["fallback"])
    }

    @Test func malformedJSONGetsOneRepairRequest() async throws {
        let chat = InMemoryChat()
        let request = try Notes.request()
        let offline = try OfflineEngine().run(request).map(\.text)
        chat.script([
            .answer(#"{"versions":[{"version":1,"text":"산화환원 단원"#, promptTokens: 10, completionTokens: 5),
            .answer(draftsJSON(offline), promptTokens: 20, completionTokens: 6),
        ])
        let agent = testAgent(chat)
        let drafted = try await agent.draft(request, deadline: farDeadline)
        #expect(drafted.value.map(\.value.text) == offline)
        #expect(drafted.value.allSatisfy { $0.producer == .model("primary") })
        #expect(drafted.usage.map(\.promptTokens) == [10, 20])
        let repair = try #require(chat.calls.last)
        try #require(repair.messages.map(\.role) == ["system", "user", "assistant", "user"])
        #expect(repair.messages[3].content.contains("JSON"))
    }

    @Test func missingVersionsAreAskedForThenTakenFromTheOfflineEngine() async throws {
        let chat = InMemoryChat()
        let request = try Notes.request()
        let offline = try OfflineEngine().run(request).map(\.text)
        let partial = draftsJSON(Array(offline.prefix(1)))
        chat.script([.answer(partial), .answer(partial)])
        let agent = testAgent(chat)
        let drafted = try await agent.draft(request, deadline: farDeadline)
        #expect(drafted.value.map(\.producer) == [.model("primary"), .offline, .offline])
        #expect(chat.calls.last?.messages.last?.content.contains("2번 초안") == true)
        let engineDrafts = try OfflineEngine().draftVersions(request)
        #expect(drafted.value.dropFirst().map(\.value) == Array(engineDrafts.dropFirst()))
    }

    @Test func aModelThatIgnoresTheRulesStillYieldsPassingDrafts() async throws {
        let chat = InMemoryChat()
        let request = try Notes.request(targetBytes: 450)
        // Forbidden content, a negative clause, markdown, 합니다체, an unsupported fact, and far too long:
        // every stage gets this answer, repair requests included.
        let bad = """
        **다음은 초안입니다.** 전국 과학 경진대회에서 금상을 수상했습니다. 서울대 김민수 교수의 특강을 들었습니다. \
        \(Notes.clean.replacingOccurrences(of: "\n", with: " ")) 처음에는 수업 태도가 불성실했다. 토익 950점을 받았습니다. \
        2023년 국제 로봇 올림피아드 본선에 진출했습니다. \(String(repeating: "전지 실험을 설계하고 측정을 담당했다. ", count: 20))
        """
        let answer = #"{"versions":[{"version":1,"text":\#(quoted(bad))},{"version":2,"text":\#(quoted(bad))},{"version":3,"text":\#(quoted(bad))}],"text":\#(quoted(bad))}"#
        chat.script([], fallback: .answer(answer))
        let agent = testAgent(chat)
        let run = try await runStages(agent, request)
        let forbidden = ["수상", "경진대회", "서울대", "김민수", "토익", "950", "올림피아드", "2023", "불성실", "**", "니다"]
        expectDeliverable(run.finals, request, without: forbidden)
        // The answer states forbidden content the notes do not hold: it was cut off as it streamed, counted,
        // and not repaired; the offline engine wrote the versions, which pass: the later stages had nothing to ask.
        #expect(run.usage.count == 1)
        // A version with findings goes to the model at each stage, whose answer is cut off the same way.
        let flawed = DraftVersion(version: 1, text: bad)
        let refined = try await agent.refine(flawed, request: request, deadline: farDeadline)
        let final = try await agent.finalize(refined.value.value, request: request, deadline: farDeadline)
        #expect(RuleChecker(options: request.options).check(final.value.value.text).passes)
        #expect(forbidden.allSatisfy { !final.value.value.text.contains($0) }, "\(final.value.value.text)")
        #expect(refined.usage.count == 1)
    }

    @Test func theFallbackModelAnswersWhenTheModelFails() async throws {
        let chat = InMemoryChat()
        let request = try Notes.request()
        let offline = try OfflineEngine().run(request).map(\.text)
        chat.script([.failure(.exhausted(attempts: 3, last: "503")), .answer(draftsJSON(offline))])
        let agent = testAgent(chat)
        let drafted = try await agent.draft(request, deadline: farDeadline)
        #expect(drafted.value.allSatisfy { $0.producer == .model("fallback") })
        #expect(drafted.usage.map(\.model) == ["fallback"])
        #expect(chat.calls.map(\.model) == ["primary", "fallback"])
    }

    @Test func aRejectedCallFallsBackAndCountsNothing() async throws {
        let chat = InMemoryChat()
        let request = try Notes.request()
        chat.script([.failure(.rejected(status: 401, message: "bad key")), .failure(.rejected(status: 401, message: "bad key"))])
        let agent = testAgent(chat)
        let drafted = try await agent.draft(request, deadline: farDeadline)
        // One call per model, and nothing answered, so nothing is counted.
        #expect(chat.calls.map(\.model) == ["primary", "fallback"])
        #expect(drafted.usage.isEmpty)
        #expect(drafted.value.allSatisfy { $0.producer == .offline })
    }

    @Test func withNoModelAnsweringTheOfflineEngineDoesEveryStage() async throws {
        let chat = InMemoryChat()
        chat.script([], fallback: .failure(.exhausted(attempts: 2, last: "connection refused")))
        let request = try Notes.request()
        let agent = testAgent(chat)
        let run = try await runStages(agent, request)
        #expect(Set(run.drafts.map(\.producer) + run.finals.map(\.producer)) == [.offline])
        #expect(run.usage.isEmpty)
        #expect(run.finals.map(\.value) == (try OfflineEngine().run(request)))
    }

    @Test func notesWithNothingRecordableFailWithTheCallsStillCounted() async throws {
        let chat = InMemoryChat()
        let request = try Notes.request("교외 수학 올림피아드 은상. 토플 110점.\n\n여름방학 미국 어학연수.")
        // The cooperative model returns the notes; they and the repair hold nothing that may be recorded.
        await #expect {
            try await testAgent(chat).draft(request, deadline: farDeadline)
        } throws: { error in
            (error as? StageFailure)?.usage.count == 2
        }
    }

    @Test func aDraftBeyondRepairIsTheOfflineEnginesVersion() async throws {
        let chat = InMemoryChat()
        let request = try Notes.request()
        let offline = try OfflineEngine().draftVersions(request)
        try #require(offline.count == 3)
        // Version 2 leaves the second paragraph out, in the answer and in the repair.
        let texts = [offline[0].text, "산화환원 단원 수행평가에서 전지 실험을 설계함.", offline[2].text]
        chat.script([.answer(draftsJSON(texts)), .answer(draftsJSON(texts))])
        let agent = testAgent(chat)
        let drafted = try await agent.draft(request, deadline: farDeadline)
        try #require(drafted.value.map(\.producer) == [.model("primary"), .offline, .model("primary")])
        #expect(drafted.value[1].value == offline[1])
        let repair = try #require(chat.calls.last?.messages.last?.content)
        #expect(repair.contains("2번 초안") && repair.contains("메모 반영"))
    }
}

func quoted(_ text: String) -> String {
    String(decoding: try! JSONSerialization.data(withJSONObject: [text]), as: UTF8.self).dropFirst().dropLast().description
}

@Suite("Model agents: what each stage asks")
struct StagePromptTests {
    @Test func refineListsTheFindingsAModelShouldFixAndFinalizeTheBudget() async throws {
        let chat = InMemoryChat()
        let request = try Notes.request(targetBytes: 120)
        let agent = testAgent(chat)
        let draft = DraftVersion(version: 2, text: "전지 실험을 설계했다. 토플 110점을 받음. 측정을 담당함. 결과를 그래프로 설명함.")
        _ = try await agent.refine(draft, request: request, deadline: farDeadline)
        // Over the 120 bytes with every sentence from the notes: the fit would cut, so the model is asked.
        let long = DraftVersion(version: 2, text: "산화환원 단원 수행평가에서 전지 실험을 설계함. 조원 4명 중 측정을 담당함. 결과 발표 때 오차 원인을 그래프로 설명했다.")
        _ = try await agent.finalize(long, request: request, deadline: farDeadline)
        let requests = chat.calls
        let refine = try #require(requests.first?.message(1)?.content)
        // The findings a model should fix, by category and excerpt, and not the ending finalize converts.
        let findings = RuleChecker(options: request.options).check(draft.text).violations
        #expect(findings.contains { $0.category == .languageTest } && findings.contains { $0.category == .sentenceEnding })
        for finding in findings {
            #expect(refine.contains("[\(finding.category.koreanName)] \(finding.reason)") == (finding.category != .sentenceEnding))
        }
        #expect(refine.contains("<draft>\n\(draft.text)\n</draft>"))
        let finalize = try #require(requests.compactMap { $0.message(1)?.content }.first { $0.contains("120바이트 이하로") })
        #expect(finalize.contains("음슴체"))
        #expect(requests.allSatisfy { $0.json && $0.stop.contains("<notes>") })
        // Each answer is bounded by the bytes it should hold, not by the 4096-token ceiling.
        #expect(refine.contains("<draft>") && requests.first?.maxTokens == AnswerBudget.tokens(bytes: 120))
        #expect(requests.last?.maxTokens == AnswerBudget.tokens(bytes: 120))
    }

    @Test func theDraftAsksForThreeDifferentlyEmphasisedVersions() async throws {
        let chat = InMemoryChat()
        _ = try await testAgent(chat).draft(try Notes.request(), deadline: farDeadline)
        let ask = try #require(chat.calls.first?.message(1)?.content)
        for strategy in DraftStrategy.allCases {
            #expect(ask.contains("\(strategy.version). \(strategy.koreanName):"))
        }
        #expect(ask.contains(#""versions""#) && ask.contains("과목: 과학"))
        // Three texts of the section's target (1500 bytes) at most: far under the configured 4096.
        let asked = try #require(chat.calls.first?.maxTokens)
        #expect(asked == AnswerBudget.tokens(bytes: 1500, texts: 3) && asked < 4096)
    }
}
