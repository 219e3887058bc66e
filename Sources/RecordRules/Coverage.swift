/// Which paragraphs of the teacher's notes a draft reflects.
///
/// A paragraph counts as reflected when the draft contains at least two of its distinctive content
/// heads (heads no other paragraph has), or all of them when it has fewer than two.
public struct Coverage: Sendable {
    public struct Paragraph: Sendable, Codable, Equatable {
        public let index: Int
        public let excerpt: String
        public let covered: Bool
    }

    let paragraphHeads: [[String]]
    let excerpts: [String]

    /// `paragraphs`: the notes' paragraphs that must be reflected.
    public init(paragraphs: [String]) {
        let heads = paragraphs.map { paragraph in
            var seen = Set<String>()
            return ContentTerms.terms(in: paragraph).map(\.head).filter { seen.insert($0).inserted }
        }
        paragraphHeads = heads.enumerated().map { index, own in
            let others = Set(heads.enumerated().filter { $0.offset != index }.flatMap(\.element))
            let distinctive = own.filter { !others.contains($0) }
            return distinctive.isEmpty ? own : distinctive
        }
        excerpts = paragraphs.map { String($0.prefix(40)) }
    }

    public func paragraphs(in draft: String) -> [Paragraph] {
        let text = draft.precomposedStringWithCanonicalMapping
        return paragraphHeads.enumerated().map { index, heads in
            let present = heads.filter { text.contains($0) }.count
            let needed = min(2, heads.count)
            return Paragraph(index: index, excerpt: excerpts[index], covered: heads.isEmpty || present >= needed)
        }
    }
}
