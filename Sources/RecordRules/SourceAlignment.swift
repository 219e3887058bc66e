/// Traces each sentence of a draft to the notes sentence (or two) it states, by the content heads
/// they share. Works on any draft — the offline engine's, a model's, a teacher's edit — so the teacher
/// can check every sentence against its source, and a sentence with no source stands out.
package struct SourceAlignment: Sendable {
    /// Words a reframing or an expectation adds around a fact ("… 보완한다면 더욱 성장할 것으로
    /// 기대됨"): they carry no fact, so they neither need a source nor count towards one.
    static let framingHeads: Set<String> = [
        "보완", "성장", "기대", "발전", "노력", "더욱", "한층", "꾸준", "꾸준히", "기르", "습관", "태도", "모습", "보임",
        "역량", "능력", "발휘", "드러냄", "돋보임", "향상", "중요성", "필요",
    ]

    private let notes: NotesSentences
    private let heads: [Set<String>]

    package init(notes: NotesSentences) {
        self.notes = notes
        heads = notes.sentences.map { Set(Self.heads(of: $0.text)) }
    }

    static func heads(of text: String) -> [String] {
        ContentTerms.terms(in: text).map(\.head).filter { !framingHeads.contains($0) }
    }

    /// The notes sentences `sentence` states: the best match when it holds at least half of the
    /// sentence's content heads, with an adjacent sentence of the same paragraph added when that
    /// one supplies content the first does not. Empty when nothing in the notes supports it.
    package func sources(of sentence: String) -> [Int] {
        let own = Set(Self.heads(of: sentence))
        guard !own.isEmpty else { return [] }
        var best: (index: Int, shared: Int)?
        for (index, candidate) in heads.enumerated() {
            let shared = own.intersection(candidate).count
            if shared > 0, shared > (best?.shared ?? 0) { best = (index, shared) }
        }
        guard let best else { return [] }
        var sources = [best.index]
        var covered = own.intersection(heads[best.index])
        let paragraph = notes.sentences[best.index].paragraph
        for neighbour in [best.index - 1, best.index + 1] where heads.indices.contains(neighbour) {
            guard notes.sentences[neighbour].paragraph == paragraph else { continue }
            let added = own.intersection(heads[neighbour]).subtracting(covered)
            if added.count >= (own.count <= 3 ? 1 : 2) {
                sources.append(neighbour)
                covered.formUnion(added)
            }
        }
        guard covered.count * 2 >= own.count else { return [] }
        return sources.sorted()
    }
}
