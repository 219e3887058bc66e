/// A teacher's request to leave something out of the record: "지각, 다툼 얘기는 빼고 2학기 변화 위주로",
/// "점수 얘기는 빼 주세요". The notes sentences that mention what it names are left out, by the engine
/// and by coverage alike (`MemoLines`), even when a rule could have reframed them: the teacher has
/// decided. A request that names nothing the notes hold leaves them whole.
package enum ExclusionDirection {
    /// The words the sentence asks to leave out ("→ 지각, 다툼 얘기는 빼고 …" → [지각, 다툼]); nil when it
    /// asks none.
    package static func excluded(in sentence: String) -> [String]? {
        guard sentence.includes("빼") || sentence.includes("제외") else { return nil }
        let words = sentence.split(separator: " ").map(String.init)
        guard let marker = words.firstIndex(where: { word in word == "빼" || markers.contains(where: word.hasPrefix) }), marker > 0 else { return nil }
        // The phrase just before the marker, back to the clause before it.
        var phrase: [String] = []
        for word in words[..<marker].reversed() {
            if word.hasSuffix("고") && word.count >= 2 || word.hasSuffix(".") || word == "→" || word == "-" { break }
            phrase.insert(word, at: 0)
        }
        var items: [String] = []
        for word in phrase {
            var item = word.trimmingCharacters(in: .init(charactersIn: ",·/()'\"→"))
            if topicWords.contains(item) { continue }
            if let particle = particles.first(where: { item.hasSuffix($0) && item.count - $0.count >= 2 }) { item.removeLast(particle.count) }
            if item.count >= 2 { items.append(item) }
        }
        return items.isEmpty ? nil : items
    }

    private static let markers = ["빼고", "빼주", "빼줘", "빼요", "빼기", "빼도", "제외하고", "제외해", "제외하", "제외"]
    /// Words that say "the matter of" and point at nothing themselves.
    private static let topicWords: Set<String> = ["얘기는", "얘기", "이야기는", "이야기", "내용은", "내용", "부분은", "부분", "건", "것은", "거는", "쪽은", "관련",
                                                  "이건", "이것은", "이거", "이거는", "이", "그건", "저건", "여기는", "이부분은", "이 부분은"]
    private static let particles = ["이랑", "랑", "하고", "와", "과", "은", "는", "이나", "나", "도"]
}
