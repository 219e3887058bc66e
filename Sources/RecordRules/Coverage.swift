/// Which paragraphs of the teacher's notes a draft reflects.
///
/// A paragraph counts as reflected when the draft contains at least two of its distinctive content
/// heads (heads no other paragraph has), or all of them when it has fewer than two.
public struct Coverage: Sendable {
    public struct Paragraph: Sendable, Codable, Equatable {
        /// Position of the paragraph in the notes.
        public let index: Int
        public let excerpt: String
        /// False when nothing in the paragraph may be recorded (all of it forbidden): it need not be reflected.
        public let admissible: Bool
        public let covered: Bool
    }

    let paragraphHeads: [[String]]
    let excerpts: [String]

    /// `paragraphs`: the admissible text of each paragraph of the notes, empty when there is none.
    public init(paragraphs: [String]) {
        let heads = paragraphs.map { paragraph in
            var seen = Set<String>()
            return ContentTerms.terms(in: paragraph).map(\.head).filter { seen.insert($0).inserted }
        }
        paragraphHeads = heads.enumerated().map { index, own in
            // A paragraph repeated word for word is compared only with different paragraphs.
            let others = Set(heads.indices.filter { paragraphs[$0] != paragraphs[index] }.flatMap { heads[$0] })
            let distinctive = own.filter { !others.contains($0) }
            return distinctive.isEmpty ? own : distinctive
        }
        excerpts = paragraphs.map { String($0.prefix(40)) }
    }

    /// Paragraphs `text` mentions at all (one distinctive head is enough).
    public func mentionedParagraphs(in text: String) -> [Int] {
        paragraphHeads.indices.filter { index in paragraphHeads[index].contains { text.includes($0) } }
    }

    /// A content head of one paragraph: the unit coverage counts.
    public struct Head: Hashable, Sendable {
        public let paragraph: Int
        public let head: Int
    }

    /// The paragraph heads `text` contains, for callers that track coverage clause by clause.
    public func heads(in text: String) -> [Head] {
        var found: [Head] = []
        for (paragraph, heads) in paragraphHeads.enumerated() {
            for (index, head) in heads.enumerated() where text.includes(head) {
                found.append(Head(paragraph: paragraph, head: index))
            }
        }
        return found
    }

    /// How many distinct heads of `paragraph` a text needs to reflect it.
    public func neededHeads(_ paragraph: Int) -> Int {
        min(2, paragraphHeads[paragraph].count)
    }

    public func isAdmissible(_ index: Int) -> Bool {
        paragraphHeads.indices.contains(index) && !paragraphHeads[index].isEmpty
    }

    public var paragraphCount: Int { paragraphHeads.filter { !$0.isEmpty }.count }

    public func paragraphs(in draft: String) -> [Paragraph] {
        let text = draft.nfc
        return paragraphHeads.enumerated().map { index, heads in
            let present = heads.filter { text.includes($0) }.count
            let needed = min(2, heads.count)
            return Paragraph(index: index, excerpt: excerpts[index], admissible: !heads.isEmpty, covered: !heads.isEmpty && present >= needed)
        }
    }
}
