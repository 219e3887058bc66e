/// One 학년도's 학교생활기록부 기재요령 (고등학교) as far as Recordline drafts for it: each section's
/// maximum characters (한글 기준; NEIS bytes are three times as many) and the subjects whose two parts
/// share one limit. Editions are data: adding the next year's is one more entry in `all`, and nothing
/// else asks which year it is.
package struct RuleEdition: Sendable, Equatable {
    /// Subjects taught in two parts (공통국어1 and 공통국어2) whose 세특 share one limit: what part 1
    /// already holds is taken from what part 2 may hold.
    package struct CombinedSubjects: Sendable, Equatable {
        /// The subjects' names without the part number (공통국어, 통합사회, …).
        package let names: [String]
        /// The limit both parts share, in characters (한글 기준).
        package let maxCharacters: Int
        /// Where the edition says so.
        package let source: String

        package var byteLimit: Int { maxCharacters * 3 }
    }

    /// The 학년도 the edition applies to (records entered for that school year).
    package let year: Int
    /// Where the limits are published.
    package let source: String
    package let maxCharacters: [Section: Int]
    /// nil when every subject has its own limit.
    package let combinedSubjects: CombinedSubjects?

    package func maxCharacters(_ section: Section) -> Int { maxCharacters[section] ?? 0 }

    /// Maximum NEIS bytes: a Hangul character is 3 bytes (기재요령 참고자료 8).
    package func byteLimit(_ section: Section) -> Int { maxCharacters(section) * 3 }
}

extension RuleEdition {
    /// The editions Recordline knows, oldest first.
    ///
    /// 2026: 2026학년도 기재요령(고등학교) p.208 참고자료 8 — 행동특성 및 종합의견 500→300자, 진로활동 700→500자;
    /// 과목별 세특 500자, with the 2022 개정 공통과목 1·2 (공통국어, 공통수학, 공통영어, 통합사회, 통합과학,
    /// 한국사, 과학탐구실험) sharing one 500자 between their two parts.
    /// 2025: the limits the 2026 edition changed from (진로활동 700자, 행동특성 및 종합의견 500자; the
    /// 2026 change slides, p.208 and slide 52), every subject with its own 500자.
    package static let all: [RuleEdition] = [
        RuleEdition(
            year: 2025, source: "2025학년도 학교생활기록부 기재요령(고등학교), 입력 가능 최대 글자수",
            maxCharacters: [.subject: 500, .autonomous: 500, .club: 500, .career: 700, .behavior: 500],
            combinedSubjects: nil),
        RuleEdition(
            year: 2026, source: "2026학년도 학교생활기록부 기재요령(고등학교) p.208 참고자료 8",
            maxCharacters: [.subject: 500, .autonomous: 500, .club: 500, .career: 500, .behavior: 300],
            combinedSubjects: CombinedSubjects(
                names: ["공통국어", "공통수학", "공통영어", "통합사회", "통합과학", "한국사", "과학탐구실험"], maxCharacters: 500,
                source: "2026학년도 기재요령 p.208: 2022 개정 교육과정 공통과목은 1과 2를 합산해 500자")),
    ]

    /// The year a request gets when it names none: the edition in force.
    package static let defaultYear = 2026

    package static var current: RuleEdition { all.first { $0.year == defaultYear }! }

    package static var years: [Int] { all.map(\.year) }

    /// The largest byte limit any edition gives any section: the most a byte target can ever be.
    package static var largestByteLimit: Int {
        all.flatMap { edition in Section.allCases.map(edition.byteLimit) }.max() ?? 0
    }

    /// The edition for `year` (the default when nil), or an error listing the years there are.
    package static func edition(_ year: Int?) throws(RequestError) -> RuleEdition {
        let wanted = year ?? defaultYear
        guard let edition = all.first(where: { $0.year == wanted }) else {
            throw RequestError(
                field: "ruleYear",
                message: "there are no rules for 학년도 \(wanted); ruleYear must be one of \(years.map(String.init).joined(separator: ", ")) (default \(defaultYear))")
        }
        return edition
    }
}
