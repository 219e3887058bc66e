import Testing
@testable import RecordRules

/// The 기재요령 editions as data, and the byte budget a request gets from them: the section's limit in
/// its 학년도, or for part 2 of a 공통과목 what part 1 leaves of the limit both parts share.
@Suite("Rule editions and budgets")
struct RuleEditionTests {
    // MARK: the data

    @Test func the2026EditionHasThePublishedLimits() throws {
        let edition = try RuleEdition.edition(2026)
        #expect(edition.maxCharacters == [.subject: 500, .autonomous: 500, .club: 500, .career: 500, .behavior: 300])
        #expect(edition.byteLimit(.behavior) == 900)
        #expect(edition.byteLimit(.career) == 1500)
        let combined = try #require(edition.combinedSubjects)
        #expect(combined.names == ["공통국어", "공통수학", "공통영어", "통합사회", "통합과학", "한국사", "과학탐구실험"])
        #expect(combined.maxCharacters == 500)
        #expect(combined.byteLimit == 1500)
    }

    @Test func the2025EditionHasTheLimitsBeforeTheChange() throws {
        let edition = try RuleEdition.edition(2025)
        #expect(edition.maxCharacters(.career) == 700)
        #expect(edition.byteLimit(.career) == 2100)
        #expect(edition.maxCharacters(.behavior) == 500)
        #expect(edition.byteLimit(.behavior) == 1500)
        #expect(edition.maxCharacters(.subject) == 500)
        #expect(edition.combinedSubjects == nil)
    }

    @Test func everyEditionGivesEverySectionALimit() {
        for edition in RuleEdition.all {
            for section in Section.allCases { #expect(edition.maxCharacters(section) > 0, "\(edition.year) \(section)") }
        }
        #expect(RuleEdition.years == RuleEdition.years.sorted())
        #expect(Set(RuleEdition.years).count == RuleEdition.all.count)
    }

    @Test func theDefaultIs2026AndSectionsFollowIt() throws {
        #expect(RuleEdition.defaultYear == 2026)
        #expect(try RuleEdition.edition(nil).year == 2026)
        for section in Section.allCases { #expect(section.byteLimit == RuleEdition.current.byteLimit(section)) }
        #expect(RuleEdition.largestByteLimit == 2100)
    }

    @Test func anUnknownYearIsRefusedNamingRuleYearAndTheYearsThereAre() {
        for year in [2024, 2027, 0, -1] {
            #expect(throws: RequestError(
                field: "ruleYear",
                message: "there are no rules for 학년도 \(year); ruleYear must be one of 2025, 2026 (default 2026)")) {
                try RuleEdition.edition(year)
            }
            #expect(throws: RequestError.self) { try CheckOptions(section: .club, ruleYear: year) }
        }
    }

    // MARK: budgets by year

    @Test("the default target is the section's limit in the request's year", arguments: [
        (Section.behavior, nil as Int?, 900), (.behavior, 2026, 900), (.behavior, 2025, 1500),
        (.career, nil, 1500), (.career, 2025, 2100), (.club, 2025, 1500), (.subject, 2025, 1500),
    ])
    func defaultTargetFollowsTheYear(_ example: (Section, Int?, Int)) throws {
        let options = try CheckOptions(section: example.0, subject: "과학", ruleYear: example.1)
        #expect(options.targetBytes == example.2)
        #expect(options.budget.limitBytes == example.2)
        #expect(options.budget.ruleYear == (example.1 ?? 2026))
        #expect(options.budget.part1Bytes == nil)
    }

    @Test func aTargetIsCheckedAgainstTheYearsLimit() throws {
        #expect(try CheckOptions(section: .behavior, targetBytes: 1500, ruleYear: 2025).targetBytes == 1500)
        #expect(try CheckOptions(section: .career, targetBytes: 2100, ruleYear: 2025).targetBytes == 2100)
        #expect(throws: RequestError(field: "targetBytes", message: "targetBytes 1000 is above the behavior section limit of 900 bytes")) {
            try CheckOptions(section: .behavior, targetBytes: 1000, ruleYear: 2026)
        }
        #expect(throws: RequestError(
            field: "targetBytes", message: "targetBytes 2101 is above the career section limit of 2100 bytes in the 2025 rules")) {
            try CheckOptions(section: .career, targetBytes: 2101, ruleYear: 2025)
        }
        #expect(throws: RequestError.self) { try CheckOptions(section: .career, targetBytes: 1501) }
    }

    @Test func theReportSaysWhichRulesItUsed() throws {
        let report = RuleChecker(options: try CheckOptions(section: .behavior, ruleYear: 2025)).check("수업에 성실히 참여함.")
        #expect(report.ruleYear == 2025)
        #expect(report.limitBytes == 1500)
        #expect(report.targetBytes == 1500)
        #expect(report.part1Bytes == nil)
    }

    // MARK: 공통과목 1·2

    /// 200 Hangul syllables: 600 bytes.
    static let part1 = String(repeating: "가", count: 200)

    @Test("part 2 of a 공통과목 gets what part 1 leaves", arguments: [
        "공통국어2", "공통수학2", "공통영어 2", "통합사회Ⅱ", "통합과학 II", " 한국사2 ", "과학탐구실험2",
    ])
    func partTwoGetsTheRemainder(_ subject: String) throws {
        let options = try CheckOptions(section: .subject, subject: subject, part1Text: Self.part1)
        #expect(options.budget.limitBytes == 1500)
        #expect(options.budget.part1Bytes == 600)
        #expect(options.budget.availableBytes == 900)
        #expect(options.targetBytes == 900)
        #expect(options.budget.combinedSubject?.hasSuffix("1·2") == true)
    }

    @Test func partOneIsCountedAsNEISCountsIt() throws {
        // 10 Hangul (30), a space and a period (2), CRLF (1 Enter), 5 ASCII: 38 bytes.
        let options = try CheckOptions(section: .subject, subject: "공통국어2", part1Text: "가나다라마바사아자차 .\r\nabcde")
        #expect(options.budget.part1Bytes == 38)
        #expect(options.targetBytes == 1462)
        // The safe profile over-counts part 1 as it over-counts the record (Enter 2).
        let safe = try CheckOptions(section: .subject, subject: "공통국어2", profile: .safe, part1Text: "가나다라마바사아자차 .\r\nabcde")
        #expect(safe.budget.part1Bytes == 39)
    }

    @Test func aSmallerTargetWithinTheRemainderIsKept() throws {
        #expect(try CheckOptions(section: .subject, subject: "공통국어2", targetBytes: 900, part1Text: Self.part1).targetBytes == 900)
        #expect(try CheckOptions(section: .subject, subject: "공통국어2", targetBytes: 1, part1Text: Self.part1).targetBytes == 1)
    }

    @Test func aTargetAboveTheRemainderIsRefusedWithTheArithmetic() {
        #expect(throws: RequestError(
            field: "targetBytes",
            message: "targetBytes 901 is above the 900 bytes left: 공통국어1·2 share 1500 bytes in the 2026 rules and the part-1 text takes 600")) {
            try CheckOptions(section: .subject, subject: "공통국어2", targetBytes: 901, part1Text: Self.part1)
        }
    }

    @Test func partTwoWithoutPartOneGetsTheWholeSharedLimit() throws {
        let options = try CheckOptions(section: .subject, subject: "공통국어2")
        #expect(options.targetBytes == 1500)
        #expect(options.budget.combinedSubject == "공통국어1·2")
        #expect(options.budget.part1Bytes == nil)
    }

    @Test func anEmptyPartOneTakesNothing() throws {
        let options = try CheckOptions(section: .subject, subject: "공통국어2", part1Text: "")
        #expect(options.budget.part1Bytes == 0)
        #expect(options.targetBytes == 1500)
    }

    @Test func onePartOneByteShortOfTheLimitLeavesOneByte() throws {
        let options = try CheckOptions(section: .subject, subject: "공통국어2", part1Text: String(repeating: "가", count: 499) + "ab")
        #expect(options.budget.part1Bytes == 1499)
        #expect(options.targetBytes == 1)
    }

    @Test func partOneUsingTheWholeLimitLeavesNothing() {
        #expect(throws: RequestError(
            field: "part1Text",
            message: "the part-1 text is 1500 bytes, exactly the whole limit: 공통국어1·2 share 1500 bytes (500자) in the 2026 rules, so nothing remains for 공통국어2; shorten part 1 first")) {
            try CheckOptions(section: .subject, subject: "공통국어2", part1Text: String(repeating: "가", count: 500))
        }
    }

    @Test func partOneAlreadyOverTheLimitIsRefused() {
        #expect(throws: RequestError(
            field: "part1Text",
            message: "the part-1 text is 1512 bytes, 12 bytes over it: 통합과학1·2 share 1500 bytes (500자) in the 2026 rules, so nothing remains for 통합과학2; shorten part 1 first")) {
            try CheckOptions(section: .subject, subject: "통합과학2", part1Text: String(repeating: "가", count: 504))
        }
    }

    @Test func aSubjectThatIsNoCombinedSubjectIsRefusedPartOne() {
        for subject in ["과학", "물리학", "공통국어", "공통국어3", "국어2", "공통국어2 심화"] {
            #expect(throws: RequestError(
                field: "part1Text",
                message: "\"\(subject)\" is not a 공통과목 whose two parts share one limit (공통국어1·2, 공통수학1·2, 공통영어1·2, 통합사회1·2, 통합과학1·2, 한국사1·2, 과학탐구실험1·2); part1Text is only for part 2 of one of them")) {
                try CheckOptions(section: .subject, subject: subject, part1Text: Self.part1)
            }
        }
    }

    @Test func partOneItselfIsRefusedPartOneText() {
        for subject in ["공통국어1", "공통국어 Ⅰ", "한국사I"] {
            #expect(throws: RequestError.self) { try CheckOptions(section: .subject, subject: subject, part1Text: Self.part1) }
        }
        #expect(throws: RequestError(
            field: "part1Text",
            message: "공통수학1 is part 1 itself: give part1Text with the request for 공통수학2, which gets what part 1 leaves of the shared limit")) {
            try CheckOptions(section: .subject, subject: "공통수학1", part1Text: Self.part1)
        }
    }

    @Test func partOneIsCountedOnlyForTheSubjectSection() {
        #expect(throws: RequestError(
            field: "part1Text",
            message: "part1Text is only for the subject section: the record of part 1 of a 공통과목 (e.g. 공통국어1) when drafting part 2")) {
            try CheckOptions(section: .club, part1Text: Self.part1)
        }
    }

    @Test func the2025RulesHaveNoSharedLimit() throws {
        #expect(throws: RequestError(
            field: "part1Text",
            message: "the 2025 rules give each part of a 공통과목 its own limit, so part1Text does not apply; leave it out, or use the rules of a year whose parts share one limit (2026)")) {
            try CheckOptions(section: .subject, subject: "공통국어2", ruleYear: 2025, part1Text: Self.part1)
        }
        let options = try CheckOptions(section: .subject, subject: "공통국어2", ruleYear: 2025)
        #expect(options.targetBytes == 1500)
        #expect(options.budget.combinedSubject == nil)
    }

    @Test func aDraftOverTheRemainderIsReportedWithPartOne() throws {
        let options = try CheckOptions(section: .subject, subject: "공통국어2", part1Text: String(repeating: "가", count: 490))
        #expect(options.targetBytes == 30)
        let report = RuleChecker(options: options).check("수업 시간에 배운 개념을 실생활 문제에 적용함.")
        #expect(!report.passes)
        #expect(report.part1Bytes == 1470)
        #expect(report.limitBytes == 1500)
        let overflow = try #require(report.violations.first { $0.category == .byteLimit })
        #expect(overflow.reason.contains("공통국어1·2"))
    }
}
