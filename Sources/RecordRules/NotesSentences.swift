/// The teacher's notes as numbered sentences: the unit a draft sentence is traced back to, and the
/// unit the teacher sees highlighted when checking a draft. Numbering runs across the whole notes
/// so one index names one sentence everywhere (report, API, page).
package struct NotesSentences: Sendable {
    package struct Sentence: Sendable, Codable, Equatable {
        package let index: Int
        /// The paragraph of the notes the sentence is in.
        package let paragraph: Int
        package let text: String
    }

    package let sentences: [Sentence]

    package init(_ notes: String) {
        self.init(NotesStructure(notes))
    }

    /// The sentences of notes already laid out.
    package init(_ structure: NotesStructure) {
        var sentences: [Sentence] = []
        for (paragraph, text) in structure.paragraphs.enumerated() {
            for sentence in NotesStructure.sentences(of: text) {
                sentences.append(Sentence(index: sentences.count, paragraph: paragraph, text: sentence))
            }
        }
        self.sentences = sentences
    }
}
