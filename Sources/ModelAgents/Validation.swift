import RecordRules

/// What each stage's output must be free of before it moves on. The draft is not yet bound by the
/// style rules, but may not carry forbidden content, drop a paragraph or state what the notes do
/// not support; refine adds negative wording and the rest of the record rules except size and
/// endings, which finalize settles; finalize must pass everything.
enum Validation {
    static func draftProblems(_ report: RuleReport) -> [Violation] {
        report.violations.filter { violation in
            violation.severity == .block
                && (violation.category.isForbiddenContent || violation.category == .coverage || violation.category == .grounding)
        }
    }

    static func refineProblems(_ report: RuleReport) -> [Violation] {
        report.violations.filter { violation in
            (violation.severity == .block && violation.category != .byteLimit && violation.category != .sentenceEnding)
                || violation.category == .negativeWording
        }
    }

    static func finalProblems(_ report: RuleReport) -> [Violation] {
        report.violations.filter { $0.severity == .block || $0.category == .negativeWording }
    }
}
