/// Which paragraphs of the teacher's notes a draft reflects.
///
/// A paragraph counts as reflected when the draft contains at least two of its distinctive content
/// heads (heads no other paragraph has), or all of them when it has fewer than two.
package struct Coverage: Sendable {
    package struct Paragraph: Sendable, Codable, Equatable {
        /// Position of the paragraph in the notes.
        package let index: Int
        package let excerpt: String
        /// False when nothing in the paragraph may be recorded (all of it forbidden): it need not be reflected.
        package let admissible: Bool
        package let covered: Bool
    }

    let paragraphHeads: [[String]]
    let excerpts: [String]
    /// Every head by its first scalar: a text can only contain heads that start with one of its own
    /// scalars, so `heads(in:)` searches for a few heads instead of all of them.
    let headsByFirstScalar: [Unicode.Scalar: [(head: Head, text: String)]]

    /// `paragraphs`: the admissible text of each paragraph of the notes, empty when there is none.
    package init(paragraphs: [String]) {
        let heads = paragraphs.map { paragraph in
            var seen = Set<String>()
            return ContentTerms.terms(in: paragraph).map(\.head).filter { seen.insert($0).inserted }
        }
        // A head is distinctive when only one paragraph text has it: a paragraph repeated word for
        // word is compared only with different paragraphs.
        var textsWithHead: [String: Set<String>] = [:]
        for (index, own) in heads.enumerated() {
            for head in own { textsWithHead[head, default: []].insert(paragraphs[index]) }
        }
        paragraphHeads = heads.map { own in
            let distinctive = own.filter { (textsWithHead[$0]?.count ?? 0) <= 1 }
            return distinctive.isEmpty ? own : distinctive
        }
        excerpts = paragraphs.map { String($0.prefix(40)) }
        var index: [Unicode.Scalar: [(head: Head, text: String)]] = [:]
        for (paragraph, heads) in paragraphHeads.enumerated() {
            for (position, head) in heads.enumerated() {
                guard let first = head.unicodeScalars.first else { continue }
                index[first, default: []].append((Head(paragraph: paragraph, head: position), head))
            }
        }
        headsByFirstScalar = index
    }

    /// Paragraphs `text` mentions at all (one distinctive head is enough).
    package func mentionedParagraphs(in text: String) -> [Int] {
        Array(Set(heads(in: text).map(\.paragraph))).sorted()
    }

    /// A content head of one paragraph: the unit coverage counts.
    package struct Head: Hashable, Sendable {
        package let paragraph: Int
        package let head: Int
    }

    /// The paragraph heads `text` contains, for callers that track coverage clause by clause.
    package func heads(in text: String) -> [Head] {
        var found: [Head] = []
        // Latin heads are kept in lower case ("PD" → pd): the text is searched the same way.
        let text = text.unicodeScalars.contains(where: { $0.isASCII && $0.properties.isUppercase }) ? text.lowercased() : text
        for first in Set(text.unicodeScalars) {
            for candidate in headsByFirstScalar[first] ?? [] where text.includes(candidate.text) {
                found.append(candidate.head)
            }
        }
        // Callers read heads in notes order.
        return found.sorted { ($0.paragraph, $0.head) < ($1.paragraph, $1.head) }
    }

    /// How many distinct heads of `paragraph` a text needs to reflect it.
    package func neededHeads(_ paragraph: Int) -> Int {
        min(2, paragraphHeads[paragraph].count)
    }

    package func isAdmissible(_ index: Int) -> Bool {
        paragraphHeads.indices.contains(index) && !paragraphHeads[index].isEmpty
    }

    package var paragraphCount: Int { paragraphHeads.filter { !$0.isEmpty }.count }

    package func paragraphs(in draft: String) -> [Paragraph] {
        var present: [Int: Int] = [:]
        for head in heads(in: draft.nfc) { present[head.paragraph, default: 0] += 1 }
        return paragraphHeads.enumerated().map { index, heads in
            let present = present[index] ?? 0
            let needed = min(2, heads.count)
            return Paragraph(index: index, excerpt: excerpts[index], admissible: !heads.isEmpty, covered: !heads.isEmpty && present >= needed)
        }
    }
}
