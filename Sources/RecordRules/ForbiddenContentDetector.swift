/// Detects the 기재 금지 categories with context rules, plus the request's own extra terms and
/// personal information (phone numbers, resident registration numbers, e-mail addresses).
public struct ForbiddenContentDetector: Sendable {
    private static let builtIn = LexiconMatcher(rules: ForbiddenLexicon.rules)
    private let extra: LexiconMatcher?

    public init(extraTerms: [String] = []) {
        let terms = extraTerms
            .map { $0.trimmed }
            .filter { !$0.isEmpty }
        extra = terms.isEmpty ? nil : LexiconMatcher(rules: [
            TermRule(.customTerm, terms: terms, reason: "요청에서 지정한 금지어", rephrasing: .dropTerm),
        ])
    }

    public func detect(in text: ScalarText, section: Section?) -> [Violation] {
        findings(in: text, section: section).map(\.violation)
    }

    func findings(in text: ScalarText, section: Section?) -> [RuleChecker.ClauseAssessment.Finding] {
        var findings: [RuleChecker.ClauseAssessment.Finding] = []
        for matcher in [Self.builtIn, extra].compactMap({ $0 }) {
            for match in matcher.matches(in: text, section: section) {
                findings.append(.init(
                    violation: Violation(
                        category: match.rule.category,
                        severity: match.rule.severity,
                        span: text.span(match.range),
                        excerpt: text.slice(text.expandedToWord(match.range)),
                        reason: match.rule.reason,
                        suggestion: match.rule.suggestion),
                    rephrasing: match.rule.rephrasing))
            }
        }
        findings += PersonalInformation.detect(in: text).map { .init(violation: $0, rephrasing: nil) }
        return findings
    }
}
