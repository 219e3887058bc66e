/// Everything the rules say about one text: its NEIS bytes against the target, every finding with
/// its category, span and reason, which note paragraphs it reflects, and whether it passes.
package struct RuleReport: Sendable, Codable, Equatable {
    /// No blocking finding: the text may be offered to the teacher as it is.
    package let passes: Bool
    /// NEIS bytes under the official rule (what NEIS shows).
    package let bytes: Int
    /// Bytes under the over-counting safe profile.
    package let safeBytes: Int
    package let targetBytes: Int
    package let byteProfile: ByteProfile
    /// The 학년도 whose rules the text was checked under (absent in reports stored before editions).
    package let ruleYear: Int?
    /// The field's limit in that year: the section's, or the one both parts of a 공통과목 share.
    package let limitBytes: Int?
    /// What part 1 of the 공통과목 already takes of `limitBytes`, when the request gave its text.
    package let part1Bytes: Int?
    package let violations: [Violation]
    /// Present when the check had notes to compare with.
    package let paragraphs: [Coverage.Paragraph]?
    /// Each sentence of the text with the notes sentences it states; present with notes.
    package let sentences: [SentenceSource]?
    /// Each notes sentence this text does not state as written, and why; present with notes.
    package let notesUse: [NotesUse]?

    package init(
        passes: Bool, bytes: Int, safeBytes: Int, targetBytes: Int, byteProfile: ByteProfile, violations: [Violation],
        paragraphs: [Coverage.Paragraph]?, sentences: [SentenceSource]? = nil, notesUse: [NotesUse]? = nil,
        budget: RecordBudget? = nil
    ) {
        ruleYear = budget?.ruleYear
        limitBytes = budget?.limitBytes
        part1Bytes = budget?.part1Bytes
        self.passes = passes
        self.bytes = bytes
        self.safeBytes = safeBytes
        self.targetBytes = targetBytes
        self.byteProfile = byteProfile
        self.violations = violations
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.notesUse = notesUse
    }

    package var blocking: [Violation] { violations.filter { $0.severity == .block } }
}
