import Testing
@testable import RecordAgents
import RecordRules

@Suite("Notes ending on a bare noun, said as a record says them")
struct NominalClosingsTests {
    private func record(_ line: String) -> [String] {
        SentenceForms.recordSentences(from: line)
    }

    @Test func aRoleIsTakenOnAndAHabitIsHad() {
        #expect(record("1학기 학급 복지부장이었어요") == ["1학기 학급 복지부장을 맡음."])
        #expect(record("체육대회 반 대표 계주") == ["체육대회 반 대표 계주를 맡음."])
        #expect(record("틀린 이유를 세 가지로 분류해서 적는 습관") == ["틀린 이유를 세 가지로 분류하여 적는 습관이 있음."])
        #expect(record("찬성측 입론") == ["찬성측 입론을 맡음."])
    }

    @Test func aClubIsWhereTheStudentTookPartAndAReadingActivityReadsItsText() {
        #expect(record("토론 동아리 '논리 한 스푼'") == ["토론 동아리 '논리 한 스푼'에서 활동함."])
        #expect(record("사료 읽기 활동: 독립신문 창간사 원문") == ["사료 읽기 활동에서 독립신문 창간사 원문을 읽음."])
    }

    @Test func aNumberedTopicIsATopicAndAQuestionIsDebated() {
        #expect(NotesStructure.sentences(of: "주제1: 동물원 폐지해야 하는가 — 반대측 / 자료 가져옴")
            == ["주제: 동물원 폐지해야 하는가", "반대측", "자료 가져옴"])
        #expect(record("주제: 동물원 폐지해야 하는가") == ["'동물원 폐지해야 하는가'를 주제로 토론함."])
        #expect(record("주제: 1920년대 물산장려운동") == ["1920년대 물산장려운동을 주제로 탐구함."])
    }

    @Test func aCareerWithTheFieldOfInterestBesideItKeepsBoth() throws {
        #expect(record("진로: 기자 (데이터 저널리즘 관심)") == ["기자를 희망하며 데이터 저널리즘에 관심을 가짐."])
        let drafts = try OfflineEngine().run(DraftRequest(notes: "* 진로: 기자 (데이터 저널리즘 관심)\n\n학기 초 진로검사에서 탐구형이 높게 나옴.", section: .career))
        #expect(drafts.allSatisfy { $0.text.contains("데이터 저널리즘에 관심") && $0.report.passes })
    }

    @Test func whatWasKeptUpIsDoneSteadilyAndAMeetingIsChaired() {
        #expect(record("오답노트 꾸준함") == ["오답노트를 꾸준히 작성함."])
        #expect(record("발음 연습이 꾸준함") == ["발음 연습을 꾸준히 함."])
        #expect(record("학급회의 사회 봄") == ["학급회의 사회를 봄."])
    }

    @Test func theTeacherWritingIsTheStudentsTeacherAndTheStudentIsNotSingledOut() {
        #expect(record("감정 표현이 어려운 친구들 이야기를 저한테 한참 함") == ["감정 표현이 어려운 친구들 이야기를 교사에게 한참 함."])
        #expect(record("전학 온 친구에게 급식실 같이 가자고 먼저 챙긴 것도 이 친구임") == ["전학 온 친구에게 급식실 같이 가자고 먼저 챙김."])
    }

    @Test func whatTheTeacherHadTheStudentDoOrGaveIsTheStudents() {
        #expect(record("topic sentence 잡는 연습 따로 시킴") == ["topic sentence 잡는 연습을 따로 함."])
        #expect(record("구분 실수 반복 후 오답노트 제출시키며 2차 지필에선 틀리지 않음") == ["구분 실수 반복 후 오답노트 제출하며 2차 지필에서는 틀리지 않음."])
        #expect(record("숫자도 좋아한다고 해서 데이터 저널리즘을 소개해 주었고, 이후 관련 기사를 스크랩함")
            == ["숫자도 좋아한다고 해서 데이터 저널리즘을 소개받았고, 이후 관련 기사를 스크랩함."])
        // Given to someone named, it is the student's giving.
        #expect(record("전학 온 친구에게 학교를 소개해 줌") == ["전학 온 친구에게 학교를 소개해 줌."])
    }

    @Test func aQuarrelAnsweredInItsOwnLineGetsNoExpectation() throws {
        let notes = "성실함, 책임감 강함, 반 화분 관리 자원(3월~)\n\n4월 급식 줄 문제로 같은 반 친구와 말다툼 → 다음날 스스로 먼저 사과, 이후 둘이 같이 급식 도우미 신청함"
        for draft in try OfflineEngine().run(DraftRequest(notes: notes, section: .behavior)) {
            #expect(!draft.text.contains("기대됨"), "version \(draft.version): \(draft.text)")
        }
    }

    @Test func lessOfWhatALeftOutSentenceNamedGoesWithIt() throws {
        let notes = "수행평가로 트롤리 딜레마를 비교하는 보고서를 썼어요.\n\n근데 1학기엔 엎드려 있는 날이 좀 많았어요. 물어보니 밤에 인강 듣느라 늦게 잔다고... 5월 이후로는 확실히 줄었어요."
        for draft in try OfflineEngine().run(DraftRequest(notes: notes, section: .subject, subject: "윤리와 사상")) {
            #expect(!draft.text.contains("줄었") && !draft.text.contains("줄어"), "version \(draft.version): \(draft.text)")
            // Coverage does not ask for it either: "5월 이후로는" says when, not what changed.
            #expect(draft.report.passes, "version \(draft.version): \(draft.report.violations)")
        }
    }

    @Test func aTopicOfAPieceOfWorkIsWhatItWasAboutAndAListClosedByItsHeadIsNoDoing() {
        #expect(record("진로 탐색 보고서 주제: 고령화 사회에서 방문간호의 역할") == ["고령화 사회에서 방문간호의 역할을 주제로 진로 탐색 보고서를 작성함."])
        #expect(record("논제를 제시하고 CCTV, 알고리즘 추천, 개인정보 수집 사례를 준비해 옴")
            == ["논제를 제시하고 CCTV, 알고리즘 추천, 개인정보 수집 사례를 준비해 옴."])
    }

    @Test func anythingElseKeepsItsWords() {
        // A noun that is the subject's predicate, or a role after a doing, is no role taken on.
        #expect(NominalClosings.recast("관심 분야는 건축임.") == nil)
        #expect(NominalClosings.recast("회의를 이끈 사람은 부장임.") == nil)
        #expect(NominalClosings.recast("실험 결과를 정리함.") == nil)
    }

    @Test func aTalkNamedByALoanwordWasGiven() {
        #expect(NominalClosings.recast("자기 경험과 연결하여 3분 스피치임.") == "자기 경험과 연결하여 3분 스피치를 함.")
    }

    @Test func anEventAHeadingNamesWasTakenPartIn() {
        #expect(NominalClosings.recast("배구 단원 학급 리그전임.") == "배구 단원 학급 리그전에 참여함.")
        #expect(NominalClosings.recast("한국사 지역사(2학기) 프로젝트임.") == "한국사 지역사(2학기) 프로젝트에 참여함.")
        // With a particle the noun is what something is, not a heading.
        #expect(NominalClosings.recast("가장 기억에 남는 활동은 캠페인임.") == nil)
    }
}
