import Testing
@testable import RecordAgents
import RecordRules

/// Shorthand the engine had recast into broken Korean ("주장에서", "기한 내를", "불만이었으나를",
/// "(기업 마이맵)"): each is said as a record says it, and nothing is made up to say it.
@Suite("Shorthand recast without breaking it")
struct ShorthandRecastTests {
    private func draft(_ notes: String, subject: String) throws -> [FinalVersion] {
        try OfflineEngine().run(try DraftRequest(notes: notes, section: .subject, subject: subject))
    }

    @Test func arrowsInsideOneWordOrderWhatTheyName() {
        #expect(SentenceCleaner.arrowSteps(of: "씨앗→새싹→꽃→열매로 이어지는 과정을 그림으로 설명함")
            == ["씨앗에서 새싹, 꽃을 거쳐 열매로 이어지는 과정을 그림으로 설명함"])
        #expect(SentenceCleaner.arrowSteps(of: "발표 순서를 서론→본론→결론 흐름으로 짬") == ["발표 순서를 서론, 본론, 결론 흐름으로 짬"])
        // A value the notes closed with 까지 keeps it, and a bare number takes the unit of the other.
        #expect(SentenceCleaner.arrowSteps(of: "줄넘기 50→120회까지 늘림") == ["줄넘기 50회에서 120회까지 늘림"])
    }

    @Test func whatAnArrowFollowsIsTheStepItTakes() {
        // What the student claimed, then what came of it: the claim is a doing.
        #expect(SentenceCleaner.arrowSteps(of: "정약용이 실학의 완성자라고 주장 → 친구들과 근거를 비교함")
            == ["정약용이 실학의 완성자라고 주장하고 친구들과 근거를 비교함"])
        // A doing after an earlier state, then what it changed: never "…에서 … 바뀜" of the doing.
        #expect(SentenceCleaner.arrowSteps(of: "처음엔 반복문 없이 쓴 코드였는데 함수로 분리 → 실행시간 1초")
            == ["처음엔 반복문 없이 쓴 코드였는데 함수로 분리하여 실행시간이 1초로 바뀜"])
    }

    @Test func particlesGoOnlyWhereANounIsWhatWasDone() throws {
        #expect(SentenceForms.recordSentences(from: "발표 자료는 마감 전 제출, 질문도 미리 준비함").allSatisfy { !$0.contains("전을") })
        let text = try #require(try draft("처음엔 발표가 부담이었는데 연습하면서 원고 없이 말하게 됨.", subject: "국어").first).text
        #expect(!text.contains("으나를"), "\(text)")
        let placed = try #require(try draft("정리한 안내문을 과학실 입구에 비치.", subject: "과학").first).text
        #expect(placed.contains("비치함."), "\(placed)")
    }

    @Test func aStartThenFeedbackTurns() throws {
        let text = try #require(try draft("처음엔 그래프 축 이름이 없었는데 피드백 받고 단위까지 적음.", subject: "과학").first).text
        #expect(text.contains("없었으나 피드백을 받고"), "\(text)")
        let debate = try #require(try draft("신분제 토론에서 반대 모둠이랑 토론 붙었는데 사료를 근거로 끝까지 답함.", subject: "한국사").first).text
        #expect(debate.contains("토론을 벌였"), "\(debate)")
    }

    @Test func aCountOnItsOwnSaysWhatItCounts() {
        #expect(NominalClosings.recast("모둠원 5명임.") == "모둠원은 5명임.")
        #expect(NominalClosings.recast("원고지 8매임.") == "분량은 원고지 8매임.")
        #expect(NominalClosings.recast("A4 3장 반임.") == "분량은 A4 3장 반임.")
        // A count that belongs to a doing is no line of its own.
        #expect(NominalClosings.recast("실험을 3회 반복함.") == nil)
    }

    @Test func theTeachersLikingOfAThingIsThePointThatStoodOut() throws {
        let text = try #require(try draft("윤동주 시를 노래 가사로 바꾼 게 인상적이었음.", subject: "국어").first).text
        #expect(text.contains("가사로 바꾼 점이 돋보임."), "\(text)")
    }

    @Test func whatTheDoingWasForIsSaidAsAPurpose() {
        #expect(RecordPhrasing.rewritten("화음 맞추려고 피아노 반주를 녹음함.") == "화음 맞추기 위해 피아노 반주를 녹음함.")
        #expect(RecordPhrasing.rewritten("원문 읽으려고 사전 찾아봄.") == "원문 읽기 위해 사전 찾아봄.")
        // Trying is said as trying.
        #expect(RecordPhrasing.rewritten("매일 쓰려고 노력함.") == "매일 쓰려고 노력함.")
        #expect(RecordPhrasing.rewritten("발표가 떨린다면서 거울 앞에서 연습함.") == "발표가 떨린다며 거울 앞에서 연습함.")
    }

    @Test func aNoteOnAnActionAndHowItWasDoneGoAfterIt() {
        #expect(RecordPhrasing.rewritten("학급 친구들 취미를 직접 조사(30명)함.") == "학급 친구들 취미를 직접 조사함(30명).")
        #expect(RecordPhrasing.rewritten("별자리 이야기를 후배 눈높이로 풀어서 말하는 게 자연스러웠음.") == "별자리 이야기를 후배 눈높이로 풀어서 자연스럽게 말함.")
    }

    @Test func aViewInQuotesIsStatedAndAPartLeaderIsARole() throws {
        #expect(SentenceForms.recordSentences(from: "토론에서 '규제보다 교육이 먼저'라는 입장") == ["토론에서 '규제보다 교육이 먼저'라는 입장을 밝힘."])
        #expect(SentenceForms.recordSentences(from: "토론에서 반대 입장") == ["토론에서 반대 입장을 맡음."])
        #expect(SentenceForms.recordSentences(from: "관현악 시간 첼로 파트장") == ["관현악 시간에 첼로 파트장을 맡음."])
    }

    @Test func theStudentsDraftThenOthersWork() {
        #expect(SentenceCleaner.arrowSteps(of: "연극 대본 본인이 초안 → 모둠원 5명이 장면별로 고침")
            == ["연극 대본 본인이 초안을 작성하고 모둠원 5명이 장면별로 고침"])
    }

    @Test func twoThingsMeasuredAreNoChange() {
        #expect(SentenceCleaner.arrowSteps(of: "발표 5분 → 질의 3분") == ["발표 5분과 질의 3분"])
        // The same thing later, or what was done to it, is a change.
        #expect(SentenceCleaner.arrowSteps(of: "처음 120줄 → 반복문으로 묶어서 40줄") == ["처음 120줄에서 반복문으로 묶어서 40줄로 줄어듦"])
        #expect(SentenceCleaner.arrowSteps(of: "첫 주 40% → 둘째 주 71%") == ["첫 주 40%에서 둘째 주 71%로 늘어남"])
    }

    @Test func aShortcomingIsAPurposeOnlyWhenADoingWasHard() throws {
        let late = try #require(try draft("보고서 1차 제출 늦음 → 2차 때는 이틀 전에 냄", subject: "국어").first).text
        #expect(late.contains("늦었으나 2차 때 이틀 전에 냄"), "\(late)")
        #expect(!late.contains("위해"), "\(late)")
    }

    @Test func aShortfallThatNamesWhatWasCountedIsNoTurn() throws {
        let text = try #require(try draft("단원별로 오답노트 만들었는데 틀린 문항 10개→2개로 줄어듦", subject: "수학").first).text
        #expect(text.contains("오답노트를 만들었고"), "\(text)")
        #expect(!text.contains("만들었으나"), "\(text)")
    }

    @Test func theTeachersMarksAndHearsayAreNoRecord() throws {
        let notes = "모둠 토론에서 사례를 들어 반박함.\n2학기에도 큰 변화X.\n수업 중 졸음 잦음. 새벽까지 게임 한대요.\n학급 장기자랑 사회 봄 (짧게만)"
        let text = try #require(try OfflineEngine().run(try DraftRequest(notes: notes, section: .behavior)).first).text
        #expect(!text.contains("변화X") && !text.contains("새벽") && !text.contains("짧게"), "\(text)")
        #expect(text.contains("장기자랑 사회를 봄."), "\(text)")
    }

    @Test func aQuestionLookedIntoIsTheTopicWithoutItsMark() throws {
        for (notes, expected) in [
            ("탐구 질문: 왜 비 온 뒤 운동장 물웅덩이가 늦게 마를까? → 흙 입자 크기를 비교함", "'왜 비 온 뒤 운동장 물웅덩이가 늦게 마를까'를 주제로 탐구함."),
            ("탐구:왜 바닷물은 잘 얼지 않을까?", "'왜 바닷물은 잘 얼지 않을까'를 주제로 탐구함."),
            ("주제탐구: 조선 후기 상업 — '왜 장시가 늘어났을까?'", "조선 후기 상업을 주제로 '왜 장시가 늘어났을까'라는 질문을 탐구함."),
        ] {
            let text = try #require(try draft(notes, subject: "통합과학").first).text
            #expect(text.contains(expected), "\(text)")
        }
        // A question the student asked, with no label, stays the student's question.
        let asked = try #require(try draft("아연판으로 바꾸면 반응속도 달라지나?", subject: "화학Ⅰ").first).text
        #expect(asked.contains("'아연판으로 바꾸면 반응속도 달라지나?'라고 질문함."), "\(asked)")
    }

    @Test func aClubAloneAnEarlierHopeAndANameLeftOut() throws {
        let club = try OfflineEngine().run(try DraftRequest(notes: "*로봇동아리 (아두이노)\n*부원들 앞에서 회로를 설명함", section: .club))
        #expect(club.first?.text.hasPrefix("로봇동아리(아두이노)에서 활동함.") == true, "\(club.first?.text ?? "")")
        let hope = try OfflineEngine().run(try DraftRequest(notes: "진로희망: 약사 (1학년 땐 간호사였다가 바뀜)\n- 책 읽음", section: .career))
        #expect(hope.first?.text.contains("1학년 때 간호사를 희망했으나 약사를 희망함.") == true, "\(hope.first?.text ?? "")")
        // "(상대 학생 이름은 빼고)": the name is left out, what the student did stays.
        let apology = try OfflineEngine().run(try DraftRequest(
            notes: "다음날 먼저 친구에게 사과하고 역할을 다시 나눔(상대 학생 이름은 빼고)\n학급 문고 관리를 맡음", section: .behavior))
        #expect(apology.first?.text.contains("먼저 친구에게 사과하고 역할을 다시 나눔.") == true, "\(apology.first?.text ?? "")")
    }

    @Test func alsoAfterAnActionOrASheetIsAParticle() {
        #expect(SentenceForms.recordSentences(from: "후배 발음 연습도 봐줌") == ["후배 발음 연습도 봐줌."])
        #expect(SentenceForms.recordSentences(from: "설문지도 직접 만듦") == ["설문지도 직접 만듦."])
        // 습도 and 지도 are nouns of their own.
        #expect(SentenceForms.recordSentences(from: "습도 측정함") == ["습도를 측정함."])
    }

    @Test func anActionRedoneAndQualitiesListedAlone() throws {
        let redone = try #require(try draft("장비 다루는 건 처음에 서툴러서 1회 재녹음 → 방송 전 점검표 만들어 씀", subject: "국어").first).text
        #expect(redone.contains("재녹음했으나"), "\(redone)")
        #expect(NonRecordSentences.isBareVerdict("성실함, 책임감."))
        #expect(!NonRecordSentences.isBareVerdict("성실함, 우유 당번을 1년 동안 맡음."))
    }

    @Test func aContrastWithWhatWasLeftOutLosesItsOpener() throws {
        let notes = "모둠 발표는 아직 피하는 편임. 대신 실험 기록은 맡아서 꼼꼼하게 해옴."
        let text = try #require(try OfflineEngine().run(try DraftRequest(notes: notes, section: .behavior)).first).text
        #expect(text.hasPrefix("실험 기록은 맡아서 꼼꼼하게 해옴."), "\(text)")
    }

    @Test func aVerbBeforeWhenStandsApartAndWhatWasSaidIsReported() {
        #expect(SentenceForms.recordSentences(from: "스매시 할때 손목이 먼저 나감") == ["스매시 할 때 손목이 먼저 나감."])
        #expect(RecordPhrasing.rewritten("물의 경도가 궁금하다고 해서 비누 거품 높이를 비교함.") == "물의 경도가 궁금하다며 비누 거품 높이를 비교함.")
    }

    @Test func fewBeforeAPersonIsSaidOfTheNounBeforeIt() {
        #expect(SentenceForms.recordSentences(from: "토의 때 질문 적은 친구들에게 먼저 말을 걺") == ["토의 때 질문이 적은 친구들에게 먼저 말을 걺."])
        #expect(SentenceForms.recordSentences(from: "실험 결과 적은 표를 게시함") == ["실험 결과를 적은 표를 게시함."])
    }
}

