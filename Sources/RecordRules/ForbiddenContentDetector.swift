/// Detects the 기재 금지 categories with context rules, plus the request's own extra terms, what
/// identifies the student or the school, personal information (phone numbers, resident registration
/// numbers, e-mail addresses) and text addressed to the writer or a model.
package struct ForbiddenContentDetector: Sendable {
    private static let builtIn = LexiconMatcher(
        rules: ForbiddenLexicon.rules + OverseasActivity.rules + PrivateEducation.rules + OutsideActivity.rules + InstructionText.rules)
    private let extra: LexiconMatcher?
    private let students: StudentNames

    package init(extraTerms: [String] = [], studentNames: [String] = []) {
        let terms = extraTerms
            .map { $0.trimmed }
            .filter { !$0.isEmpty }
        extra = terms.isEmpty ? nil : LexiconMatcher(rules: [
            TermRule(.customTerm, terms: terms, reason: "요청에서 지정한 금지어", rephrasing: .dropTerm),
        ])
        students = StudentNames(roster: studentNames)
    }

    package func detect(in text: ScalarText, section: Section?) -> [Violation] {
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
        findings += ScoresAndRanks.detect(in: text).map { .init(violation: $0, rephrasing: nil) }
        findings += SchoolIdentity.findings(in: text)
        findings += students.findings(in: text)
        findings += withoutOverlap(StudentNames.patternFindings(in: text), findings)
        let personal = PersonalInformation.detect(in: text)
        // Inside an e-mail address ("minji@naver.com"), a company name is part of the address.
        let addresses = personal.compactMap { $0.reason.hasPrefix("전자우편") ? $0.span : nil }
        if !addresses.isEmpty {
            findings.removeAll { finding in
                guard let span = finding.violation.span else { return false }
                return addresses.contains { $0.start <= span.start && span.end <= $0.end }
            }
        }
        // A class and number already inside a name finding ("최준호(2학년 3반 15번) 학생은") is that
        // finding's; alone, it is dropped and the sentence kept.
        let names = findings.compactMap { $0.violation.category == .personalInformation ? $0.violation.span : nil }
        for violation in personal {
            let isSeat = violation.reason == PersonalInformation.seatReason
            if isSeat, let span = violation.span, names.contains(where: { $0.start <= span.start && span.end <= $0.end }) { continue }
            findings.append(.init(violation: violation, rephrasing: isSeat ? .dropTerm : nil))
        }
        return findings
    }

    /// Name findings by form that a roster name or a school name already covers are not reported
    /// twice ("한빛고 학생" is a school, not a person).
    private func withoutOverlap(
        _ candidates: [RuleChecker.ClauseAssessment.Finding], _ existing: [RuleChecker.ClauseAssessment.Finding]
    ) -> [RuleChecker.ClauseAssessment.Finding] {
        candidates.filter { candidate in
            guard let span = candidate.violation.span else { return true }
            return !existing.contains { finding in
                guard finding.violation.category == .personalInformation || finding.violation.category == .schoolIdentity,
                      let other = finding.violation.span
                else { return false }
                return other.start < span.end && span.start < other.end
            }
        }
    }
}
