import Testing
@testable import RecordRules

@Suite("The student's name")
struct StudentNamesTests {
    @Test func theRosterNameIsReportedFullOrGiven() throws {
        let roster = ["김민지", "박서준"]
        let findings = try ContentFindings.of("김민지 학생은 반장으로서 학급을 이끎. 민지는 회의를 진행함. 서준이가 도와줌.", names: roster)
        #expect(findings.map(\.category) == [.personalInformation, .personalInformation, .personalInformation])
        #expect(findings.map(\.excerpt) == ["김민지 학생은", "민지는", "서준이가"])
        #expect(findings.allSatisfy { $0.severity == .block && $0.reason == "학생 이름은 기재하지 않음" })
    }

    @Test func theNotesHeaderNamesTheStudent() throws {
        #expect(NotesStructure.headerNames(of: "2-2 자율활동 — 서예린\n\n1인 1역: 학급 도서 관리.") == ["서예린"])
        #expect(NotesStructure.headerNames(of: "[2-3 김서윤 / 국어(문학 영역)]\n- 시 감상 발표") == ["김서윤"])
        #expect(NotesStructure.headerNames(of: "미적분 2-1 / 이도현\n질문함") == ["이도현"])
        // A short title naming what the notes are, with the name beside it; its 이 may close a line.
        #expect(NotesStructure.headerNames(of: "자율 메모 (김서연)\n- 쌈파티 → 아이디어 서연이") == ["김서연"])
        let titled = RuleChecker(options: try CheckOptions(section: .autonomous, notes: "자율 메모 (김서연)\n- 쌈파티 → 아이디어 서연이"))
        #expect(titled.check("쌈파티 아이디어는 서연이").violations.contains { $0.category == .personalInformation })
        // No class on the first line, or a subject that reads like a name: no name is taken.
        #expect(NotesStructure.headerNames(of: "김서윤 학생 국어 활동\n시 감상").isEmpty)
        #expect(NotesStructure.headerNames(of: "한국사 2-3\n사료 읽기").isEmpty)

        let checker = RuleChecker(options: try CheckOptions(section: .autonomous, notes: "2-2 자율활동 — 서예린\n\n'사과는 직접' 조항은 예린이 낸 것."))
        #expect(checker.check("'사과는 직접' 조항은 예린이 낸 것임.").violations.contains { $0.category == .personalInformation })
    }

    @Test func theNameTheNotesOpenOnIsTheStudentsWhenItRecurs() throws {
        #expect(NotesStructure.openingName(of: "수아는 반장으로서 정말 꼼꼼해요. 일정표를 붙인 것도 수아 아이디어였어요.") == "수아")
        #expect(NotesStructure.openingName(of: "서준이 2학기 부반장.\n\n독도의 날 계기교육 — 서준 모둠은 독도 생태계 조사") == "서준")
        // Once only, or an ordinary noun that opens the notes, is no name.
        #expect(NotesStructure.openingName(of: "수아는 반장으로서 정말 꼼꼼해요.") == nil)
        #expect(NotesStructure.openingName(of: "주제는 기후 위기. 주제 선정 이유를 발표함.") == nil)
        #expect(NotesStructure.openingName(of: "정보는 출처를 밝혀 정리함. 정보 윤리 토론") == nil)
        #expect(NotesStructure.openingName(of: "발표 때 목소리가 작음. 발표 연습") == nil)
        let checker = RuleChecker(options: try CheckOptions(section: .behavior, notes: "수아는 반장으로서 꼼꼼함.\n\n붙인 것도 수아 아이디어였음."))
        #expect(checker.check("수아 아이디어로 일정표를 붙임.").violations.contains { $0.category == .personalInformation })
    }

    @Test func aCommonGivenNameWithAParticleIsAName() throws {
        let checker = try ContentFindings.checker(names: [])
        // The student as the sentence's topic goes unnamed; a classmate the student worked with is a friend.
        #expect(checker.neutralized("민서는 건축 쪽으로 마음을 굳힘.") == "건축 쪽으로 마음을 굳힘.")
        #expect(checker.neutralized("캠페인 홍보 영상은 지우랑 둘이서 편집함.") == "캠페인 홍보 영상은 친구와 둘이서 편집함.")
        // A subject that could be either is not guessed at: the sentence is not kept as it stands.
        #expect(checker.neutralized("민재가 다른 반 학생들과 시비 붙었을 때 중간에서 말림.") == nil)
        #expect(try ContentFindings.of("지우개를 빌려 줌.", names: []).isEmpty)
        #expect(try ContentFindings.of("월별 보건실 이용 학생 수를 정리함.", names: []).isEmpty)
        #expect(try ContentFindings.of("좌석별 온도를 측정하여 자리 배치안을 제안함.", names: []).isEmpty)
    }

    @Test func aLetterGradeOfAPerformanceIsAScore() throws {
        #expect(try ContentFindings.categories("언더핸드 토스 20회 연속 성공(실기 A).", names: []) == [.examScore])
        #expect(try ContentFindings.of("수행평가 안내문을 읽고 역할을 나눔.", names: []).isEmpty)
    }

    @Test func aGivenNameThatIsAWordNeedsANamesSuffix() throws {
        #expect(try ContentFindings.of("하나의 주제를 정해 탐구함.", names: ["김하나"]).isEmpty)
        #expect(try ContentFindings.of("지원을 받아 실험 재료를 마련함.", names: ["이지원"]).isEmpty)
        #expect(try ContentFindings.categories("지원이는 실험을 설계함.", names: ["이지원"]) == [.personalInformation])
    }

    @Test func theNameIsDroppedAsTheSubjectOrMadeAClassmate() throws {
        let checker = try ContentFindings.checker(names: ["김민지"])
        #expect(checker.neutralized("김민지 학생은 반장으로서 학급 회의를 이끎.") == "반장으로서 학급 회의를 이끎.")
        let anyone = try ContentFindings.checker()
        #expect(anyone.neutralized("김민수 학생과 함께 실험을 설계함.") == "친구와 함께 실험을 설계함.")
        #expect(anyone.neutralized("최준호(2학년 3반 15번) 학생은 실험 조장을 맡음.") == "실험 조장을 맡음.")
    }

    /// Without a roster: a plausible name before 학생·군·양, or a placeholder.
    static let names: [(String, String)] = [
        ("김민지 학생은 반장으로서 학급 회의를 이끎.", "김민지 학생은"),
        ("이서연 학생이 발표를 맡음.", "이서연 학생이"),
        ("정우진 군은 실험을 주도함.", "정우진 군은"),
        ("최지우 양과 함께 포스터를 만듦.", "최지우 양과"),
        ("박서준학생이 질문함.", "박서준학생이"),
        ("박○○ 학생이 발표함.", "박○○ 학생이"),
        ("김OO은 성실함.", "김OO은"),
        ("이 모 학생과 실험함.", "이 모 학생과"),
        ("○○이는 토론에 적극적으로 참여함.", "○○이는"),
        ("이 군은 학급 회의에서 안건을 정리함.", "이 군은"),
        ("김 양은 봉사 활동에 성실히 참여함.", "김 양은"),
        ("최준호(2학년 3반 15번) 학생은 실험 조장을 맡음.", "최준호(2학년 3반 15번) 학생은"),
    ]

    @Test("a name by its form blocks", arguments: names)
    func name(_ example: (String, String)) throws {
        let findings = try ContentFindings.of(example.0).filter { $0.category == .personalInformation }
        #expect(findings.map(\.excerpt) == [example.1], "\(example.0)")
        #expect(findings.allSatisfy { $0.severity == .block })
    }

    /// Ordinary words before 학생, and 양·군 that are amounts, farms and counties.
    static let notNames = [
        "도움이 필요한 대상 학생을 챙김.", "모든 학생이 참여함.", "전학생을 안내함.", "여학생 대표로 활동함.", "신입생을 도움.",
        "해당 학생은 다른 학생과 함께 활동함.", "같은 반 학생을 도움.", "우수 학생으로 선정됨.", "타 학생의 의견을 경청함.",
        "지도 학생과 상담함.", "남은 학생들과 정리함.", "성실한 학생으로 인정받음.", "장애 학생을 도우며 배려를 실천함.",
        "일본 자매학교를 방문하여 현지 학생들과 토론함.", "공기 양을 측정함.", "최대 양의 물을 담음.", "김 양식장을 견학함.",
        "원모양으로 책상을 배치함.", "이 군은 인구가 줄어드는 지역임을 조사함.", "조별 학생들이 역할을 나눔.",
    ]

    @Test("ordinary words are not names", arguments: notNames)
    func notName(_ sentence: String) throws {
        #expect(!(try ContentFindings.categories(sentence)).contains(.personalInformation), "\(sentence)")
    }

    @Test func studentNamesAreValidatedLikeExtraTerms() {
        #expect(throws: RequestError.self) { try CheckOptions(section: .club, studentNames: [" "]) }
        #expect(throws: RequestError.self) { try CheckOptions(section: .club, studentNames: [String(repeating: "가", count: 51)]) }
        #expect(throws: RequestError.self) { try CheckOptions(section: .club, studentNames: Array(repeating: "김민지", count: 101)) }
        do {
            _ = try CheckOptions(section: .club, studentNames: [""])
        } catch {
            #expect(error.field == "studentNames")
        }
        #expect((try? CheckOptions(section: .club))?.studentNames == [])
    }

    @Test func aNameClosingAHeadingIsTheStudentsAndGoesWithItsMark() throws {
        let checker = RuleChecker(options: try CheckOptions(section: .career))
        #expect(!checker.assess("독서토론반/ 지훈").forbidden.isEmpty)
        #expect(!checker.assess("2학기 학급 부회장 도현임.").forbidden.isEmpty)
        // A given name that is no heading's close, with no particle, is an ordinary word's place.
        #expect(checker.assess("학급 부회장으로 선출되어 회의를 진행함.").forbidden.isEmpty)
    }

    @Test func aSurnameBeforeACommonGivenNameMakesAFullName() throws {
        let checker = RuleChecker(options: try CheckOptions(section: .club))
        #expect(checker.assess("밴드부 유건우 건데요, 올해 드럼 파트장을 맡음.").forbidden.contains { $0.violation.excerpt == "유건우" })
        // An adult by name and title is named by the institution rule, not as a student.
        #expect(!checker.assess("이현우 강사의 특강에서 배운 풀이법을 적용함.").forbidden.contains { $0.violation.category == .personalInformation })
        // A name and its title at the opening is what the line is about, and goes.
        #expect(checker.neutralized("최서윤 학생 초반에는 모둠 활동에서 발표를 맡음.") == "초반에는 모둠 활동에서 발표를 맡음.")
    }

    @Test func wordsOfWorkAndSchoolingAreNoNames() throws {
        let notes = "진로 희망: 간호사 (1학년 땐 유치원 교사였음)"
        let checker = RuleChecker(options: try CheckOptions(section: .career, notes: notes))
        #expect(checker.assess(notes).forbidden.isEmpty, "\(checker.assess(notes).forbidden.map(\.violation.excerpt))")
    }
}
