import RecordRules

/// The notes broken into paragraphs, sentences and clauses, each clause in noun form and scored for
/// the competencies and narrative cues the draft strategies select on.
struct NoteAnalysis: Sendable {
    struct Clause: Sendable {
        let text: String
        let paragraph: Int
        /// Position in the notes, for chronological order.
        let order: Int
        let competencies: [Competency: Int]
        let growth: Int
        let outcome: Int

        var competencyScore: Int { competencies.values.reduce(0, +) }
    }

    struct Paragraph: Sendable {
        let index: Int
        let sentences: [[Clause]]

        var clauses: [Clause] { sentences.flatMap { $0 } }
        var text: String { clauses.map(\.text).joined(separator: " ") }
    }

    let paragraphs: [Paragraph]

    /// Only what may be recorded: the cleaner drops forbidden sentences and negative clauses first,
    /// so no framing is ever derived from content that cannot appear.
    init(notes: String, cleaner: ClauseCleaner) {
        var order = 0
        paragraphs = NotesStructure(notes).paragraphs.enumerated().map { index, paragraph in
            let sentences = cleaner.clean(paragraph).map { clauses in
                clauses.map { text in
                    defer { order += 1 }
                    return Clause(
                        text: text, paragraph: index, order: order, competencies: Competency.scores(in: text),
                        growth: NarrativeCues.growthCount(in: text),
                        outcome: NarrativeCues.outcomeCount(in: text))
                }
            }.filter { !$0.isEmpty }
            return Paragraph(index: index, sentences: sentences)
        }.filter { !$0.sentences.isEmpty }
    }

    var allText: String { paragraphs.map(\.text).joined(separator: " ") }
}
