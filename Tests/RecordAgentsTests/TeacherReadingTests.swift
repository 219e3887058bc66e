import Testing
@testable import RecordAgents
import RecordRules

/// What teachers reading drafts of notes they wrote found wrong, one behaviour per test.
@Suite("Read as a teacher reads a draft")
struct TeacherReadingTests {
    private func draft(_ notes: String, section: Section = .behavior) throws -> [FinalVersion] {
        try OfflineEngine().run(try DraftRequest(notes: notes, section: section, subject: section == .subject ? "수학" : nil))
    }

    @Test func fragmentItemsBeforeALastClauseWithItsPredicateAreSentencesOfTheirOwn() {
        #expect(SentenceForms.recordSentences(from: "역사 신문 만들기 모둠장, 근현대사 연표 정리 우수, 발표 자료 직접 제작함")
            == ["역사 신문 만들기 활동에서 모둠장을 맡음.", "근현대사 연표 정리가 우수함.", "발표 자료 직접 제작함."])
    }

    @Test func anActionThenWhatItHeldAreTwoSentences() {
        #expect(SentenceForms.recordSentences(from: "탐구 보고서 제출: 해바라기 씨 배열 사진 찍어서 나선 개수 세어 봄")
            == ["탐구 보고서를 제출함.", "해바라기 씨 배열 사진 찍어서 나선 개수 세어 봄."])
        // A label with what it names is not split.
        #expect(SentenceForms.recordSentences(from: "희망 진로: 간호사").count == 1)
    }

    @Test func noContrastiveTopicFromTheNotes() {
        #expect(SentenceForms.withoutContrast("실습 때는 꼼꼼하게 기록함.") == "실습 때 꼼꼼하게 기록함.")
        #expect(SentenceForms.withoutContrast("정리정돈은 잘함.") == "정리정돈을 잘함.")
        // A topic that is not the object of a plain predicate stays.
        #expect(SentenceForms.withoutContrast("목소리는 또렷함.") == "목소리는 또렷함.")
    }

    @Test func aRoleIsWhatTheStudentWorkedAsAndAGroupDidWhatItDid() {
        #expect(SentenceForms.recordSentences(from: "학교 축제 준비위원 활동") == ["학교 축제 준비위원으로 활동함."])
        #expect(SentenceForms.recordSentences(from: "반 전체 채택") == ["반 전체가 채택함."])
    }

    @Test func aChangeWithoutWhatChangedGoesWithTheSentenceBefore() {
        #expect(NotesReading.isBareChange("4월 이후 달라짐."))
        #expect(NotesReading.isBareChange("2학기엔 많이 좋아짐."))
        #expect(!NotesReading.isBareChange("발표 횟수가 점차 좋아짐."))
    }

    @Test func whatMeasuresAShortcomingIsNotASentenceOfItsOwn() throws {
        #expect(NotesStructure.sentences(of: "5월에 같은 반 학생과 급식실에서 몸싸움 직전까지 감.").count == 1)
        for version in try draft("5월에 같은 반 학생과 급식실에서 몸싸움 직전까지 감. 체육대회 때 계주 마지막 주자를 자청해서 역전함.") {
            #expect(!version.text.contains("직전까지"), "v\(version.version): \(version.text)")
        }
    }

    @Test func whatFollowsTheForbiddenClauseIsItsStory() throws {
        for version in try draft("본인 말로는 학원 끝나고 새벽 1시에 잔다고 함. 수열 단원에서 귀납법 증명을 친구들에게 설명함.", section: .subject) {
            #expect(!version.text.contains("새벽"), "v\(version.version): \(version.text)")
        }
    }

    @Test func anExpressionKeepsItsEqualsSign() throws {
        let versions = try draft("수학적 귀납법에서 n=k+1로 넘어가도 되는 까닭을 질문하고 도미노 비유로 설명함.", section: .subject)
        #expect(versions.allSatisfy { $0.text.contains("n=k+1") })
    }

    @Test func sentencesStayInTheirParagraphInEveryVersion() throws {
        let notes = """
        카프카 『변신』과 비교하는 짧은 비평문을 제출함. 제목을 직접 붙였고 근거를 보완해 다시 냄.

        모둠 토론에서 찬성 측 논거를 정리함. 반대 측이 반박하자 통계 자료로 답함.

        학급 문고 정리를 맡아 도서 대출 기록을 꾸준히 관리함.
        """
        for version in try draft(notes, section: .subject) {
            let text = version.text
            if let title = text.range(of: "제목을"), let essay = text.range(of: "비평문") {
                #expect(essay.lowerBound < title.lowerBound, "v\(version.version): \(text)")
            }
            if let rebuttal = text.range(of: "반대 측이"), let debate = text.range(of: "모둠 토론") {
                #expect(debate.lowerBound < rebuttal.lowerBound, "v\(version.version): \(text)")
            }
        }
    }
}
