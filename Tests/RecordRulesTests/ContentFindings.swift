@testable import RecordRules

/// The content findings of a text as a teacher's check reports them (style, size and notes
/// findings left out), for tests written as behaviour: which category, how severe, which words.
enum ContentFindings {
    static let content: Set<ViolationCategory> = Set(ViolationCategory.allCases).subtracting([
        .sentenceEnding, .misspelling, .character, .byteLimit, .coverage, .grounding,
    ])

    static func of(
        _ text: String, section: Section = .subject, subject: String? = "과학", names: [String] = [], extra: [String] = []
    ) throws -> [Violation] {
        let options = try CheckOptions(
            section: section, subject: section == .subject ? subject : nil, extraForbiddenTerms: extra, studentNames: names)
        return RuleChecker(options: options).check(text).violations.filter { content.contains($0.category) }
    }

    static func categories(_ text: String, section: Section = .subject, names: [String] = []) throws -> Set<ViolationCategory> {
        Set(try of(text, section: section, names: names).map(\.category))
    }

    static func checker(section: Section = .subject, names: [String] = []) throws -> RuleChecker {
        RuleChecker(options: try CheckOptions(section: section, subject: section == .subject ? "과학" : nil, studentNames: names))
    }
}
