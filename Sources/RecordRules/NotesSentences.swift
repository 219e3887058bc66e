/// The teacher's notes as numbered sentences: the unit a draft sentence is traced back to, and the
/// unit the teacher sees highlighted when checking a draft. Numbering runs across the whole notes
/// so one index names one sentence everywhere (report, API, page).
public struct NotesSentences: Sendable {
    public struct Sentence: Sendable, Codable, Equatable {
        public let index: Int
        /// The paragraph of the notes the sentence is in.
        public let paragraph: Int
        public let text: String
    }

    public let sentences: [Sentence]

    public init(_ notes: String) {
        self.init(NotesStructure(notes))
    }

    /// The sentences of notes already laid out.
    public init(_ structure: NotesStructure) {
        var sentences: [Sentence] = []
        for (paragraph, text) in structure.paragraphs.enumerated() {
            for sentence in NotesStructure.sentences(of: text) {
                sentences.append(Sentence(index: sentences.count, paragraph: paragraph, text: sentence))
            }
        }
        self.sentences = sentences
    }
}
