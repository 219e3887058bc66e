/// What became of one notes sentence in a draft: stated, reframed, left out because the rules forbid
/// it, or not chosen for this version. The teacher reads these to see, per version, what is missing
/// from the notes and why (`제외: 대회·수상 — 교내 과학탐구대회 금상`).
package struct NotesUse: Sendable, Codable, Equatable {
    package enum Action: String, Sendable, Codable {
        /// The rules keep it out of any record (forbidden content, instructions, unreframed negatives).
        case excluded
        /// Stated in another form: a negative observation as what the notes record or an expectation,
        /// a forbidden name as a generic word.
        case reframed
        /// Recordable, but this version left it out (its selection, or the byte budget).
        case notSelected = "not_selected"
    }

    /// The notes sentence (`NotesSentences` index).
    package let source: Int
    package let action: Action
    /// The rule behind an exclusion or a reframing.
    package let category: ViolationCategory?
    /// The words the rule is about.
    package let excerpt: String
    /// Korean, for the teacher: `제외: 대회·수상 — 금상`, `재구성: 부정적 표현 — 목소리가 작아`.
    package let reason: String
}

/// Where a draft sentence came from in the notes.
package struct SentenceSource: Sendable, Codable, Equatable {
    package let span: TextSpan
    /// `NotesSentences` indices; empty when nothing in the notes supports the sentence.
    package let sources: [Int]
}

/// What the rules say about each notes sentence before any draft exists: the finding that would keep
/// it out of a record, if any. Computed once per request.
struct NotesFindings: Sendable {
    struct Entry: Sendable {
        /// The blocking finding (forbidden content, instruction), if any.
        let blocking: Violation?
        /// The first negative-wording finding, if any.
        let negative: Violation?
        /// Whether the blocking content has a generic form the sentence can be kept with.
        let keepable: Bool
        /// What a draft may name instead of its shortcomings (`Rephrasing.expectation`).
        let aspects: [String]
    }

    let entries: [Entry]

    /// The notes sentences whose shortcoming a draft sentence states as an expectation, by the
    /// aspect it names: such a sentence shares no words with its source by design.
    /// The first such sentence, with the next one when it names a shortcoming too: one expectation
    /// speaks for one notes sentence, or two adjacent ones.
    func expectationSources(of sentence: String, in notes: NotesSentences) -> [Int] {
        let matching = entries.indices.filter { index in entries[index].aspects.contains { sentence.includes($0) } }
        guard let first = matching.first else { return [] }
        return matching.filter { $0 - first <= 1 && notes.sentences[$0].paragraph == notes.sentences[first].paragraph }
    }

    func uses(stated: Set<Int>) -> [NotesUse] {
        entries.enumerated().compactMap { index, entry in
            if stated.contains(index) {
                if let finding = entry.blocking, entry.keepable {
                    return NotesUse(
                        source: index, action: .reframed, category: finding.category, excerpt: finding.excerpt,
                        reason: "재구성: \(finding.category.koreanName) — \(finding.excerpt)")
                }
                if let finding = entry.negative {
                    return NotesUse(
                        source: index, action: .reframed, category: finding.category, excerpt: finding.excerpt,
                        reason: "재구성: \(finding.category.koreanName) — \(finding.excerpt)")
                }
                return nil
            }
            if let finding = entry.blocking ?? entry.negative {
                return NotesUse(
                    source: index, action: .excluded, category: finding.category, excerpt: finding.excerpt,
                    reason: "제외: \(finding.category.koreanName) — \(finding.excerpt)")
            }
            return NotesUse(
                source: index, action: .notSelected, category: nil, excerpt: "",
                reason: "이 초안에서는 선택하지 않음(구성·분량)")
        }
    }
}
