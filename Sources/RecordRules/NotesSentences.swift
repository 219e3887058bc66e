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
        var sentences: [Sentence] = []
        for (paragraph, text) in NotesStructure(notes).paragraphs.enumerated() {
            for sentence in NotesStructure.sentences(of: text) {
                sentences.append(Sentence(index: sentences.count, paragraph: paragraph, text: sentence))
            }
        }
        self.sentences = sentences
    }
}
