import Testing
@testable import RecordRules

@Suite("Coverage and grounding")
struct CoverageAndGroundingTests {
    static let notes = """
    산화환원 단원에서 전지 실험을 설계함. 조원 4명 중 측정을 담당함.

    결과 발표 때 오차 원인을 그래프로 설명했다.

    토플 110점을 받음. 여름방학 미국 어학연수에 다녀옴.
    """

    static func checker() throws -> RuleChecker {
        RuleChecker(options: try CheckOptions(section: .subject, subject: "화학", notes: notes))
    }

    @Test func aMemoTakesWhatItRefersToAndNoMore() throws {
        // A removal takes from the last sentence the record could not state; the one before stays.
        let removal = "반장 아닌데도 학급 일에 먼저 나섬. 다만 시험 전 불안 높아짐(6월 상담 1회) → 보건실 안내. 기재 X.\n\n체육대회 준비를 함."
        let checker = RuleChecker(options: try CheckOptions(section: .behavior, notes: removal))
        #expect(checker.check("학급 일에 먼저 나섬. 체육대회 준비를 함.").violations.allSatisfy { $0.category != .coverage })
        #expect(checker.check("체육대회 준비를 함.").violations.contains { $0.category == .coverage })
        // A memo to the writer leaves the record sentence after it on its line.
        let memo = "말하기 자신감 문제 2학기에도 계속 볼 것. 6월 말 짝 인터뷰 활동 땐 먼저 질문 던짐\n\n체육대회 준비를 함."
        let second = RuleChecker(options: try CheckOptions(section: .behavior, notes: memo))
        #expect(second.check("체육대회 준비를 함.").violations.contains { $0.category == .coverage })
        #expect(second.check("짝 인터뷰 활동 때 먼저 질문을 던짐. 체육대회 준비를 함.").violations.allSatisfy { $0.category != .coverage })
    }

    @Test func paragraphsSeparatedByBlankLinesOrLines() {
        #expect(NotesStructure(Self.notes).paragraphs.count == 3)
        #expect(NotesStructure("- 첫째 활동\n- 둘째 활동\n- 셋째 활동").paragraphs == ["첫째 활동", "둘째 활동", "셋째 활동"])
        #expect(NotesStructure("1) 실험 설계\n\n2. 결과 발표").paragraphs == ["실험 설계", "결과 발표"])
        // A title line in parts: the parts that only title the notes go, a field of content stays.
        #expect(NotesStructure("체육 1-7 / 배구 단원(3~5월)\n패스 연습을 매일 함.\n세터를 맡음.").paragraphs == ["패스 연습을 매일 함.", "세터를 맡음."])
        #expect(NotesStructure("미술 2학년 최준호 ㅡ 1학기 관찰\n콜라주를 만듦.\n감상문을 씀.").paragraphs == ["콜라주를 만듦.", "감상문을 씀."])
        #expect(NotesStructure("진로활동 2-3 강민서 / 희망: 수의사\n동물병원 직업 탐구를 함.").paragraphs == ["희망: 수의사", "동물병원 직업 탐구를 함."])
        #expect(NotesStructure("진로활동 2-9 노지호 (상담 3회)\n직업 특강을 들음.\n질문을 함.").paragraphs == ["직업 특강을 들음.", "질문을 함."])
        // The role a title holds in parentheses is content.
        #expect(NotesStructure("자율(학생자치회 복지부장) 2-5 신유나\n급식 설문을 함.").paragraphs == ["학생자치회 복지부장", "급식 설문을 함."])
        #expect(NotesStructure.sentences(of: "시험 기간에 노트를 올림. 누가 시킨 거 아님") == ["스스로 시험 기간에 노트를 올림."])
        // A setting and what it was about is the setting of the sentence after it.
        #expect(NotesStructure.sentences(of: "목공 실습 - 스마트폰 거치대. 도면 치수를 다시 잼")
            == ["목공 실습(스마트폰 거치대): 도면 치수를 다시 잼"])
        #expect(NotesStructure.sentences(of: "청소 시간에 대걸레 빨아놓고 감. 아무도 안 시켰는데")
            == ["아무도 안 시켰는데 청소 시간에 대걸레 빨아놓고 감."])
        #expect(NotesStructure.sentences(of: "탄수화물 쏠림 지적받고 두유와 견과를 추가해 수정함")
            == ["탄수화물 쏠림 지적받고 두유와 견과를 추가해 수정함"])
    }

    @Test func aParagraphOfOnlyForbiddenContentNeedNotBeReflected() throws {
        let checker = try Self.checker()
        #expect(checker.admissibleParagraphCount == 2)
        #expect(checker.isAdmissibleParagraph(0) && checker.isAdmissibleParagraph(1) && !checker.isAdmissibleParagraph(2))
    }

    @Test func coverageNamesTheMissingParagraph() throws {
        let report = try Self.checker().check("산화환원 단원에서 전지 실험을 설계함. 조원 4명 중 측정을 담당함.")
        let missing = report.blocking.filter { $0.category == .coverage }
        #expect(missing.count == 1)
        #expect(missing.first?.reason.contains("2번째") == true)
        #expect(report.paragraphs?.map(\.covered) == [true, false, false])
        #expect(report.paragraphs?.map(\.admissible) == [true, true, false])
    }

    @Test func restyledTextStillCoversItsParagraph() throws {
        let report = try Self.checker().check("전지 실험을 설계하고 조원 4명 중 측정을 담당함. 오차 원인을 그래프로 설명함.")
        #expect(report.passes, "\(report.blocking.map(\.reason))")
    }

    @Test func unsupportedNumbersTitlesAndActivitiesAreReported() throws {
        let report = try Self.checker().check(
            "전지 실험을 설계하고 조원 5명 중 측정을 담당함. 오차 원인을 그래프로 설명함. '전지의 과학'을 읽음. 과학관 견학에 참여함.")
        let grounding = report.blocking.filter { $0.category == .grounding }.map(\.excerpt)
        #expect(grounding.contains("5"))
        #expect(grounding.contains("전지의 과학"))
        #expect(grounding.contains("견학"))
        #expect(!grounding.contains("4"))
    }

    @Test func aQuoteWhoseArrowsADraftWroteOutIsStillTheNotesQuote() throws {
        let checker = RuleChecker(options: try CheckOptions(section: .career, notes: "진로 발표: '자동차 정비사 → 전기차 정비' 흐름도를 그림."))
        let written = checker.check("진로 발표에서 '자동차 정비사에서 전기차 정비로' 흐름도를 그림.")
        #expect(written.blocking.filter { $0.category == .grounding }.isEmpty, "\(written.blocking.map(\.reason))")
        // Another quote is not: the words themselves must be the notes'.
        let invented = checker.check("진로 발표에서 '수소차 정비사에서 전기차 설계로' 흐름도를 그림.")
        #expect(invented.blocking.contains { $0.category == .grounding })
    }

    @Test func latinWordsMustComeFromTheNotes() throws {
        let checker = RuleChecker(options: try CheckOptions(section: .club, notes: "pH를 측정하고 기록함."))
        let report = checker.check("pH를 측정하고 PCR 실험 결과를 기록함.")
        #expect(report.blocking.filter { $0.category == .grounding }.map(\.excerpt).contains("pcr"))
    }

    @Test func similarityIsOneForIdenticalAndLowForUnrelatedText() {
        #expect(TextSimilarity.trigramJaccard("전지 실험을 설계함.", "전지 실험을 설계함.") == 1)
        #expect(TextSimilarity.trigramJaccard("전지 실험을 설계함.", "학급 회의에서 규칙을 정함.") < 0.1)
        #expect(TextSimilarity.trigramJaccard("전지실험을 설계함", "전지 실험을 설계함.") == 1)
    }

    @Test func aVerdictOnThePersonIsNoRecord() {
        #expect(NonRecordSentences.isVerdictOnThePerson("진짜 고생 많이 한 애예요."))
        #expect(NonRecordSentences.isVerdictOnThePerson("책임감이 정말 강한 학생임."))
        // A doing with its object or place is a record, however it closes.
        #expect(!NonRecordSentences.isVerdictOnThePerson("수업 시간에 질문을 가장 많이 하는 학생임."))
        #expect(!NonRecordSentences.isVerdictOnThePerson("학급 회장을 맡음."))
    }

    @Test func owningUpGoesWithWhatWasLeftOut() {
        #expect(DependentSentences.measuresWhatCameBefore("본인은 \"제가 먼저 밀었어요\"라고 인정함."))
        #expect(DependentSentences.measuresWhatCameBefore("5월 이후로는 확실히 줄었어요."))
        // A change that names what changed stands on its own.
        #expect(!DependentSentences.measuresWhatCameBefore("5월 이후로는 지각이 확실히 줄었어요."))
        #expect(!DependentSentences.measuresWhatCameBefore("본인은 실험 설계를 다시 하여 결과를 비교하고 오차 원인을 보고서에 정리함."))
    }
}
