import Testing
@testable import RecordAgents
import RecordRules

@Suite("The teacher's directions on order")
struct TeacherDirectionsTests {
    private func draft(_ notes: String, section: Section = .subject) throws -> [FinalVersion] {
        try OfflineEngine().run(try DraftRequest(notes: notes, section: section, subject: section == .subject ? "국어" : nil))
    }

    private func sentences(_ text: String) -> [String] {
        OfflineEngine.sentences(of: text)
    }

    @Test func theClosingDirectionEndsEveryVersionOnWhatItPointsAt() throws {
        let notes = """
            모둠 협업으로 역사 신문을 만들고 기사 배치를 조율함.
            「관동별곡」 여정을 지도로 재구성하여 발표함.
            『아몬드』를 읽고 인물의 서술 방식을 분석한 보고서를 씀.
            마지막은 협업 쪽으로 써줘
            """
        for version in try draft(notes) {
            let last = try #require(sentences(version.text).last)
            #expect(last.includes("역사 신문"), "\(version.version): \(version.text)")
            #expect(!version.text.includes("협업 쪽"), "\(version.text)")
        }
    }

    @Test func theOpeningDirectionStartsEveryVersionOnWhatItPointsAt() throws {
        let notes = """
            학급 회의에서 체육대회 응원 계획을 주도함.
            친구 질문에 친절히 답하고 시험 전 '질문 받는 쉬는 시간'을 운영함.
            행특 첫 문장 '배려' 쪽으로 시작하래요
            """
        for version in try draft(notes, section: .behavior) {
            let first = try #require(sentences(version.text).first)
            #expect(first.includes("질문"), "\(version.version): \(version.text)")
        }
    }

    @Test func anEmphasisLeadsTheVersionsThatChooseTheirOrderAndQuotedWordsArePointedAt() throws {
        let notes = """
            「관동별곡」 여정을 지도로 재구성하여 발표함.
            독서 비평문 초안의 근거 문단을 피드백 후 고쳐 씀.
            매체 단원에서 신문 기사 3개의 제목을 비교함.
            세특엔 점수 얘기 빼고 비평문 고쳐쓰기 과정 중심으로
            """
        let versions = try draft(notes)
        #expect(try #require(sentences(versions[0].text).first).includes("관동별곡"), "the notes' order stays in version 1")
        for version in versions.dropFirst() {
            #expect(try #require(sentences(version.text).first).includes("비평문"), "\(version.version): \(version.text)")
        }
        let quoted = TeacherDirections(sentences: ["마지막 문장은 '문학 작품을 구조적으로 읽는 힘' 쪽으로 마무리할 것"]) { _ in true }
        #expect(quoted.closing?.stems.contains("구조적") == true)
    }

    @Test func aDirectionWithNothingToPointAtChangesNothing() throws {
        let notes = """
            「관동별곡」 여정을 지도로 재구성하여 발표함.
            『아몬드』를 읽고 인물의 서술 방식을 분석한 보고서를 씀.
            마지막 문장은 리더십 쪽으로 마무리
            """
        let directed = try draft(notes)
        let plain = try draft(notes.split(separator: "\n").dropLast().joined(separator: "\n"))
        #expect(directed.map(\.text) == plain.map(\.text))
        // A line that is no instruction directs nothing, whatever its words.
        #expect(TeacherDirections(sentences: ["협업 중심으로 역할을 나눔"]) { _ in false }.isEmpty)
    }

    @Test func whatTheTeacherAsksToLeaveOutIsLeftOutOfEveryDraft() throws {
        let notes = "- 1학기 지각 8회. 대부분 1교시 직전 도착\n- 6월 상담 이후 알람 세 개 맞춤. 2학기 지각 1회로 줄어듦\n"
            + "- 2학기 학급 부반장. 반티 정할 때 투표 방식을 정리해서 조율함\n- 4월에 복도에서 다른반 학생이랑 말다툼 있었음(서로 사과하고 마무리)\n\n"
            + "→ 지각, 다툼 얘기는 빼고 2학기 변화랑 조율 능력 위주로 좋게 써주세요"
        let drafts = try OfflineEngine().run(DraftRequest(notes: notes, section: .behavior))
        for draft in drafts {
            #expect(!draft.text.contains("지각") && !draft.text.contains("다툼"), "version \(draft.version): \(draft.text)")
            #expect(draft.text.contains("조율") && draft.report.passes, "version \(draft.version): \(draft.text)")
        }
    }
}
