import RecordRules

/// What each stage's output must be free of before it moves on. The draft is not yet bound by the
/// style rules, but may not carry forbidden content, drop a paragraph or state what the notes do
/// not support; refine adds negative wording, exaggeration and the rest of the record rules except
/// size and endings, which finalize settles; finalize must pass everything. Negative wording and
/// exaggeration are warnings to a teacher editing by hand, but a draft never brings them: the
/// offline engine reframes or tones them down, and a model's text is held to the same.
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
                || isWording(violation)
        }
    }

    static func finalProblems(_ report: RuleReport) -> [Violation] {
        report.violations.filter { $0.severity == .block || isWording($0) }
    }

    private static func isWording(_ violation: Violation) -> Bool {
        violation.category == .negativeWording || violation.category == .exaggeration
    }
}
