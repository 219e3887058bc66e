import Testing
@testable import RecordRules

@Suite("Forbidden content")
struct ForbiddenContentTests {
    static func categories(_ text: String, section: Section = .club, extra: [String] = []) -> Set<ViolationCategory> {
        Set(ForbiddenContentDetector(extraTerms: extra).detect(in: ScalarText(text), section: section)
            .filter { $0.severity == .block }.map(\.category))
    }

    /// One or more sentences per 기재 금지 category that must be reported.
    static let violations: [(String, ViolationCategory)] = [
        ("토익 900점을 받음.", .languageTest),
        ("TOEFL 110점을 취득함.", .languageTest),
        ("한자능력검정 2급에 도전함.", .languageTest),
        ("교내 과학 탐구대회에 참가함.", .competitionAward),
        ("수학 올림피아드에서 은상을 받음.", .competitionAward),
        ("공모전에 작품을 출품함.", .competitionAward),
        ("발명 대회에서 대상을 수상함.", .competitionAward),
        ("최우수상을 받음.", .competitionAward),
        ("구청장 표창을 받음.", .competitionAward),
        ("모의고사 수학 1등급을 받음.", .examScore),
        ("전교 3등을 함.", .examScore),
        ("전국연합학력평가 성적이 향상됨.", .examScore),
        ("소논문을 작성함.", .paperAcademic),
        ("논문을 작성하여 학술지에 투고함.", .paperAcademic),
        ("학회에서 연구 결과를 발표함.", .paperAcademic),
        ("청소년 소설을 출간함.", .bookPublication),
        ("친구들과 공저로 책을 펴냄.", .bookPublication),
        ("발명품으로 특허를 출원함.", .intellectualProperty),
        ("여름방학 미국 어학연수에 참여함.", .overseasActivity),
        ("해외 봉사 활동을 다녀옴.", .overseasActivity),
        ("일본 방문 경험을 발표함.", .overseasActivity),
        ("유학 생활을 준비함.", .overseasActivity),
        ("의사인 아버지를 따라 병원에서 봉사함.", .parentStatus),
        ("어머니가 운영하는 회사를 견학함.", .parentStatus),
        ("삼촌이 변호사로 일하는 모습을 보고 진로를 정함.", .parentStatus),
        ("장학금을 받음.", .scholarship),
        ("성적 우수 장학생으로 선발됨.", .scholarship),
        ("서울대 연구실을 방문함.", .institutionName),
        ("한국대학교 캠프에 참여함.", .institutionName),
        ("KAIST 교수의 강의를 들음.", .institutionName),
        ("삼성전자 견학을 다녀옴.", .institutionName),
        ("국립중앙박물관을 견학함.", .institutionName),
        ("한국과학창의재단 캠프에 참여함.", .institutionName),
        ("김민수 교수님의 특강을 들음.", .institutionName),
        ("컴퓨터활용능력 자격증을 취득함.", .qualification),
        ("워드프로세서 자격을 취득함.", .qualification),
        ("연락처는 010-1234-5678임.", .personalInformation),
        ("(2학년 3반 15번)은 소방관을 희망함.", .personalInformation),
        ("3반 7번 학생으로 환경부장을 맡음.", .personalInformation),
        ("2-3 15번 학생으로 회장을 맡음.", .personalInformation),
        ("Coursera 강의를 들으며 통계를 공부함.", .institutionName),
        ("칸아카데미 영상으로 미적분을 복습함.", .institutionName),
    ]

    @Test("reports every category", arguments: violations)
    func reports(_ example: (String, ViolationCategory)) {
        #expect(Self.categories(example.0).contains(example.1), "\(example.0)")
    }

    @Test func newCategoriesAreForbiddenContent() {
        #expect(ViolationCategory.schoolIdentity.rawValue == "school_identity")
        #expect(ViolationCategory.instructionText.rawValue == "instruction_text")
        #expect(ViolationCategory.schoolIdentity.isForbiddenContent)
        #expect(ViolationCategory.instructionText.isForbiddenContent)
        #expect(!ViolationCategory.negativeWording.isForbiddenContent)
    }

    @Test func newAndChangedCategoriesGiveAReasonAndASuggestion() throws {
        let examples: [(String, ViolationCategory)] = [
            ("일본에 가서 홈스테이를 함.", .overseasActivity),
            ("기말고사 수학 100점을 받음.", .examScore),
            ("김민지 학생은 반장으로서 학급을 이끎.", .personalInformation),
            ("한빛고에서 열린 토론회에 참여함.", .schoolIdentity),
            ("학원에서 선행 학습을 함.", .privateEducation),
            ("더 자세히 써 주세요.", .instructionText),
            ("과제 제출이 늦음.", .negativeWording),
        ]
        for (text, category) in examples {
            let finding = try #require(try ContentFindings.of(text).first { $0.category == category }, "\(text)")
            #expect(!finding.reason.isEmpty && finding.reason.unicodeScalars.contains(where: Hangul.isSyllable), "\(text)")
            #expect(finding.suggestion?.isEmpty == false, "\(text)")
        }
    }

    @Test func everyForbiddenCategoryHasACase() {
        let covered = Set(Self.violations.map(\.1))
        for category in [ViolationCategory.languageTest, .competitionAward, .examScore, .paperAcademic, .bookPublication,
                         .intellectualProperty, .overseasActivity, .parentStatus, .scholarship, .institutionName, .qualification] {
            #expect(covered.contains(category))
        }
    }

    /// Ordinary words that look like forbidden ones: context rules must let them through.
    static let allowed: [String] = [
        "작품을 감상하고 소감을 나눔.",
        "도움이 필요한 대상 학생을 챙김.",
        "조사 대상을 정해 설문을 설계함.",
        "금상첨화라는 말의 뜻을 조사함.",
        "대학 진학을 위해 진로를 탐색함.",
        "2학년 3반 학급 회의에서 규칙을 정함.",
        "문제집의 15번 문제를 친구에게 설명함.",
        "3반과 4반의 합동 체육 수업에서 심판을 맡음.",
        "대학교 수준의 개념을 스스로 공부함.",
        "가족과의 대화를 통해 배려를 배움.",
        "아버지와 함께 별자리를 관찰함.",
        "유학 사상의 핵심 개념을 정리함.",
        "해외 사례를 조사하여 비교함.",
        "관련 논문을 찾아 읽고 요약함.",
        "특허 제도의 의미를 조사함.",
        "문학회 동아리에서 시를 낭송함.",
        "장학사 방문 수업에서 발표함.",
        "학급 체육대회에서 응원을 이끎.",
        "수상한 점을 발견하고 원인을 추론함.",
        "PAPS 심폐지구력 1등급을 기록함.",
        "동상의 역사적 의미를 조사함.",
        "화학 연구원처럼 실험을 설계함.",
        "시도교육청 주관 진로 박람회에 참여함.",
        "박물관을 견학하고 보고서를 씀.",
        "학교 밖 교육기관(대학) 프로그램을 이수함.",
        "신문 사설을 읽고 토론함.",
        "포기하지 않고 끝까지 실험을 반복함.",
    ]

    @Test("does not report ordinary words", arguments: allowed)
    func allows(_ sentence: String) {
        #expect(Self.categories(sentence, section: .subject).isEmpty, "\(sentence)")
    }

    @Test func subjectOnlyItemsDependOnTheSection() {
        #expect(Self.categories("방과후학교 수업에서 코딩을 배움.", section: .subject).contains(.subjectOnlyItem))
        #expect(Self.categories("K-MOOC 강좌를 수강함.", section: .behavior).contains(.subjectOnlyItem))
        #expect(!Self.categories("방과후학교 수업에서 코딩을 배움.", section: .club).contains(.subjectOnlyItem))
    }

    @Test func requestTermsAreForbiddenToo() {
        #expect(Self.categories("한빛고 축제에서 부스를 운영함.", extra: ["한빛고"]).contains(.customTerm))
        #expect(Self.categories("학교 축제에서 부스를 운영함.", extra: ["한빛고"]).isEmpty)
    }

    @Test func privateEducationBlocks() {
        let found = ForbiddenContentDetector().detect(in: ScalarText("학원에서 선행 학습을 함."), section: .subject)
        #expect(found.map(\.category) == [.privateEducation])
        #expect(found.first?.severity == .block)
        #expect(ForbiddenContentDetector().detect(in: ScalarText("과외 활동에 참여함."), section: .subject).isEmpty)
    }

    @Test func findingsCarryCategoryReasonAndSpan() throws {
        let text = "토론 수업에서 토플 공부법을 소개함."
        let finding = try #require(ForbiddenContentDetector().detect(in: ScalarText(text), section: .club).first)
        #expect(finding.category == .languageTest)
        #expect(finding.reason.contains("공인어학시험"))
        let span = try #require(finding.span)
        let utf16 = Array(text.utf16)
        #expect(String(decoding: utf16[span.start..<span.end], as: UTF16.self) == "토플")
        #expect(finding.category.koreanName == "공인어학시험")
    }

    @Test func spansAreUTF16EvenAfterEmoji() throws {
        let text = "😀 토플 점수"
        let finding = try #require(ForbiddenContentDetector().detect(in: ScalarText(text), section: .club).first)
        let span = try #require(finding.span)
        #expect(String(decoding: Array(text.utf16)[span.start..<span.end], as: UTF16.self) == "토플")
    }

    @Test func genericNamesReplaceForbiddenOnes() throws {
        let checker = RuleChecker(options: try CheckOptions(section: .career))
        #expect(checker.neutralized("서울대학교에서 로봇 연구실을 둘러봄.") == "대학에서 로봇 연구실을 둘러봄.")
        // The unit after a university's name goes with the name.
        #expect(checker.neutralized("서울대학교 의과대학 진로 탐방에 참가함.") == "대학 진로 탐방에 참가함.")
        #expect(checker.neutralized("한국대학교 부속병원에서 봉사함.") == "대학에서 봉사함.")
        #expect(checker.neutralized("서울대 의대 교수의 강연을 들음.") == "대학 교수의 강연을 들음.")
        // A short note that only names the place or the maker goes whole: "(공공 기관)" would say nothing.
        #expect(checker.neutralized("견학(서울대학교) 때 질문지를 만듦.") == "견학 때 질문지를 만듦.")
        #expect(checker.neutralized("발표 자료를 슬라이드로 만듦(구글 슬라이드).") == "발표 자료를 슬라이드로 만듦.")
        // A hidden name is still a name, and its department goes with it.
        #expect(checker.neutralized("○○대학교 간호학과 전공 체험 탐방에 참가함.") == "대학 전공 체험 탐방에 참가함.")
        // A program a university runs is an outside activity, named or not: the sentence goes.
        #expect(checker.neutralized("○○대학교 간호학과 전공 체험 캠프에 참가함.") == nil)
        #expect(checker.neutralized("서울대 공대 여름 프로그램에 참가하여 로봇을 만듦.") == nil)
        // A lecturer the school invited, and a visit without a name, stay.
        #expect(checker.neutralized("대학 탐방 프로그램에 참여함.") == "대학 탐방 프로그램에 참여함.")
        #expect(checker.neutralized("행동경제학에 관심이 생겨 Coursera 강의를 들음.") == "행동경제학에 관심이 생겨 온라인 강의를 들음.")
        // A class and seat number is dropped and the sentence kept.
        #expect(checker.neutralized("(2학년 3반 15번)은 소방관을 희망함.") == "소방관을 희망함.")
        #expect(checker.neutralized("삼성전자를 견학함.") == "기업을 견학함.")
        #expect(checker.neutralized("김민수 교수님의 특강을 들음.") == "전문가의 특강을 들음.")
        #expect(checker.neutralized("토플 110점을 받음.") == nil)
        #expect(checker.neutralized("의사인 아버지의 영향을 받음.") == nil)
    }
}
