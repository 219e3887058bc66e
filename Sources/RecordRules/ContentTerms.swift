/// The content words of a text, reduced to heads that survive restyling: particles and predicate
/// endings are removed ("토론에서" → 토론, "측정했다" → 측정), so the notes' "설계했다" and a draft's
/// "설계함" share the head 설계.
package enum ContentTerms {
    /// Particles, longest first; stripped only when at least two syllables remain.
    private static let particles: [[Unicode.Scalar]] = [
        "에서는", "에서도", "에게서", "으로서", "으로써", "으로는", "이라는", "에서의", "까지의",
        "에서", "에게", "까지", "부터", "처럼", "보다", "으로", "라는", "과의", "와의", "에는", "에도", "이나", "이며",
        "은", "는", "이", "가", "을", "를", "에", "의", "도", "만", "로", "과", "와", "께", "나", "랑",
    ].map { Array($0.unicodeScalars) }

    /// Where a 하다/되다 predicate starts inside a word: "측정했다" splits before 했.
    private static let predicateStarts: Set<Unicode.Scalar> = Set("하했해한할함합하되됐된됨될돼시켜켰킨킴".unicodeScalars)

    /// Words too common in records to show which paragraph a sentence came from.
    static let stopwords: Set<String> = [
        "학생", "활동", "수업", "시간", "과정", "모습", "통해", "대해", "대한", "위해", "때문", "이후", "처음", "모든", "여러",
        "다양", "자신", "친구들", "관련", "내용", "부분", "정도", "경우", "우리", "그리고", "또한", "특히", "매우", "아주",
        "많이", "함께", "직접", "스스로", "열심히", "이번", "그것", "이것", "그래서", "하지만", "그러나", "가장", "조금",
        "계속", "자주", "항상", "다시", "이러한", "이런", "그런", "같은", "있음", "없음", "있는", "없는", "하는", "되는",
        "때에", "동안", "이상", "사람", "생각", "느낌", "모두", "보임", "드러냄", "돋보임", "역량", "태도", "능력",
    ]

    package struct Term: Hashable, Sendable {
        package let head: String
        /// Numbers and Latin words: facts a draft may only state if the notes do.
        package let isFactual: Bool
    }

    package static func terms(in text: String) -> [Term] {
        var terms: [Term] = []
        var current: [Unicode.Scalar] = []
        func flush() {
            defer { current.removeAll(keepingCapacity: true) }
            guard !current.isEmpty else { return }
            if let term = term(from: current) { terms.append(term) }
        }
        for scalar in text.nfc.unicodeScalars {
            if ScalarText.isWordCharacter(scalar) {
                if let previous = current.last, isDigit(previous) != isDigit(scalar), !isDigit(scalar) || !Hangul.isSyllable(previous) {
                    // Split digits from what follows ("4명" → 4 + 명) so numbers are compared alone.
                    flush()
                } else if let previous = current.last, previous.value < 0x80, (previous.value | 0x20) >= 0x61, (previous.value | 0x20) <= 0x7A,
                          Hangul.isSyllable(scalar) {
                    // "PD임", "CPI가": a Latin word and the ending or particle written onto it.
                    flush()
                }
                current.append(scalar)
            } else {
                flush()
            }
        }
        flush()
        return terms
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(scalar.value)
    }

    private static func term(from word: [Unicode.Scalar]) -> Term? {
        if word.allSatisfy(isDigit) {
            return Term(head: String(scalars: word), isFactual: true)
        }
        if word.allSatisfy(\.isASCII) {
            return word.count >= 2 ? Term(head: String(scalars: word).lowercased(), isFactual: true) : nil
        }
        var head = word
        for particle in particles where head.count - particle.count >= 2 && head.suffix(particle.count).elementsEqual(particle) {
            head.removeLast(particle.count)
            break
        }
        if let cut = head.indices.dropFirst(2).first(where: { predicateStarts.contains(head[$0]) }) {
            head = Array(head[..<cut])
        }
        guard head.count >= 2, head.allSatisfy(Hangul.isSyllable) else { return nil }
        let text = String(scalars: head)
        // A leftover predicate ("읽고", "찾았다") does not identify content; "독서", "도서" do.
        if head.count <= 3, VerbStem.stem(of: text, at: .connective) != nil || VerbStem.stem(of: text, at: .sentenceFinal) != nil {
            return nil
        }
        if stopwords.contains(text) { return nil }
        return Term(head: text, isFactual: false)
    }

}
