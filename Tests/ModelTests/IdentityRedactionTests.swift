import Foundation
@testable import ModelAgents
import ModelClient
import RecordAgents
import RecordRules
import Testing
import TestSupport

/// Notes full of what identifies the student, a classmate and the school, and the values that must
/// never be in a request a model server receives.
enum IdentifyingNotes {
    static let notes = """
    김민지 학생은 한빛고등학교 과학 동아리에서 전지 실험을 설계함. 측정 결과를 010-1234-5678 문자로 조원에게 공유함.

    짝인 이서준과 함께 결과 발표 때 오차 원인을 그래프로 설명함. 실험 보고서의 형식을 스스로 정리함.

    민지는 푸른별 탐구 모임에서 배운 회로 내용을 정리함. 연락처 minji@example.com, 주민번호 080417-4123456, 마포구 월드컵로12길 34, 2학년 3반 15번.
    """

    static let values = [
        "김민지", "민지", "이서준", "한빛고", "010-1234-5678", "1234-5678", "minji@example.com", "minji", "080417", "4123456",
        "3반 15번", "월드컵로", "푸른별",
    ]

    static func request(targetBytes: Int? = nil) throws -> DraftRequest {
        try DraftRequest(
            notes: notes, section: .subject, subject: "과학", targetBytes: targetBytes, extraForbiddenTerms: ["푸른별"],
            studentNames: ["김민지"])
    }

    /// Every value any received request carries, in its raw bytes or its decoded messages.
    static func leaks(_ requests: [ScriptedModelServer.Received]) -> [String] {
        requests.flatMap { request in
            let decoded = request.body.messages.map(\.content).joined(separator: "\n")
            return values.filter { request.raw.contains($0) || decoded.contains($0) }
        }
    }
}

@Suite("No identity reaches a model")
struct IdentityRedactionTests {
    @Test func everyValueTheRulesFindIsReplacedAndDroppedFromAnswers() throws {
        let request = try IdentifyingNotes.request()
        let redaction = IdentityRedaction(request: request)
        let redacted = redaction.redact(request.notes)
        for value in IdentifyingNotes.values {
            #expect(!redacted.contains(value), "\(value) left in: \(redacted)")
        }
        // What is not an identity stays as the teacher wrote it.
        #expect(redacted.contains("전지 실험을 설계함") && redacted.contains("오차 원인을 그래프로 설명함"))
        #expect(redacted.contains(IdentityRedaction.Kind.name.rawValue) && redacted.contains(IdentityRedaction.Kind.school.rawValue))
        // Placeholders a model writes back never reach a draft.
        #expect(redaction.dropPlaceholders("[이름]은 [학교] 동아리에서 실험을 설계함.") == "학교 동아리에서 실험을 설계함.")
        #expect(redaction.dropPlaceholders("[금지어] 모임에서 정리함. 연락처 [개인정보], [개인정보].") == "모임에서 정리함.")
        #expect(redaction.dropPlaceholders(#"{"text":"실험을 설계함. 결과를 [개인정보]로 공유함. 그래프로 설명함."}"#)
            == #"{"text":"실험을 설계함. 그래프로 설명함."}"#)
        // The system message is Recordline's own and passes unchanged.
        let messages = redaction.redact([.system(Prompts.system), .user(request.notes)])
        #expect(messages[0].content == Prompts.system && messages[1].content == redacted)
    }

    @Test func theNameInTheNotesHeaderIsRedactedWithoutARoster() throws {
        let request = try DraftRequest(
            notes: "2-2 자율활동 — 서예린\n\n학급 특색활동에서 '사과는 직접' 조항은 예린이 낸 것.", section: .autonomous)
        let redacted = IdentityRedaction(request: request).redact(request.notes)
        #expect(!redacted.contains("서예린") && !redacted.contains("예린"), "\(redacted)")
        #expect(redacted.contains("학급 특색활동"))
    }

    @Test func noRequestOfAnyStageRepairOrFallbackCarriesAnIdentity() async throws {
        let server = try await ScriptedModelServer.start()
        // The draft: the model fails until its retries run out, the fallback answers with something
        // that is not JSON and gets a repair request; from then on the cooperative model answers.
        try await server.script([.error(500), .error(500), .error(500), .answer("초안을 작성하지 못했습니다.")])
        let agent = testAgent(testConfiguration(server))
        let request = try IdentifyingNotes.request()
        let run = try await runStages(agent, request)
        expectDeliverable(run.finals, request, without: IdentifyingNotes.values)
        #expect(run.drafts.contains { $0.producer == .model("fallback") })

        // A version that still carries every identity (as a teacher's own text could) is refined and
        // fitted to a budget the rules cannot meet without cutting: both stages ask the model, with the
        // version and its findings in the prompt, and repair.
        let tight = try IdentifyingNotes.request(targetBytes: 300)
        let raw = DraftVersion(version: 1, text: IdentifyingNotes.notes.replacingOccurrences(of: "\n\n", with: " "))
        let refined = try await agent.refine(raw, request: tight, deadline: farDeadline)
        let final = try await agent.finalize(raw, request: tight, deadline: farDeadline)
        #expect(!refined.usage.isEmpty && !final.usage.isEmpty)
        for text in [refined.value.value.text, final.value.value.text] {
            #expect(IdentifyingNotes.values.allSatisfy { !text.contains($0) }, "\(text)")
        }

        let requests = try await server.requests()
        #expect(Set(requests.map(\.body.model)) == ["primary", "fallback"])
        #expect(requests.contains { $0.body.messages.count > 2 }, "no repair request was made")
        #expect(IdentifyingNotes.leaks(requests).isEmpty, "\(IdentifyingNotes.leaks(requests))")
    }
}
