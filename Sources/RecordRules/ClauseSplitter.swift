/// Splits a sentence into clauses at connective predicates ("설계하고", "측정했으며", "달랐는데",
/// "서툴렀지만"), the unit by which content is dropped or reordered: never a word, never half a clause.
package enum ClauseSplitter {
    package struct Clause: Sendable, Equatable {
        /// The clause text, including its connective word.
        package let text: String
        /// The words before the connective word (empty for the last clause of a sentence).
        package let body: String
        /// The stem of the connective predicate, nil for the sentence's final clause.
        package let connectiveStem: String?
    }

    /// Words that end like connectives but join no clause: postpositional verbs and nouns.
    private static let nonConnectives: Set<String> = VerbStem.nounsLikeConnectives.union([
        "위하여", "위해서", "위해", "통하여", "통해서", "대하여", "관하여", "따라서", "의하여", "비하여", "인하여",
        "그리고", "그래서", "하지만", "그러나", "교과서", "가운데", "이어서", "아울러", "더불어", "나아가", "비롯하여", "포함하여",
        "바탕으로", "중심으로", "토대로", "맞추어서", "덕분에", "이면서", "이며", "이고", "하고", "및",
    ])

    /// Rejects look-alikes of the 고 connective: quotations ("바꾸자고", "했다고") and nouns
    /// ("문고", "신고", "한빛고") whose syllable before 고 ends in ㄴ or ㅇ.
    static func isClauseConnective(_ word: [Unicode.Scalar]) -> Bool {
        guard word.last == "고", word.count >= 2 else { return true }
        let before = word[word.count - 2]
        if "자라다냐려".unicodeScalars.contains(before) { return false }
        let final = Hangul.finalIndex(before) ?? 0
        return final != Hangul.Final.nieun && final != 21
    }

    package static func clauses(of sentence: String) -> [Clause] {
        let scalars = Array(sentence.unicodeScalars)
        var clauses: [Clause] = []
        var clauseStart = 0
        var index = 0
        while index < scalars.count {
            guard Hangul.isSyllable(scalars[index]) else {
                index += 1
                continue
            }
            let wordStart = index
            while index < scalars.count && Hangul.isSyllable(scalars[index]) { index += 1 }
            let wordEnd = index
            // A connective is followed by a space (or a comma and a space) and more text.
            var next = wordEnd
            if next < scalars.count && scalars[next] == "," { next += 1 }
            guard next < scalars.count, scalars[next] == " ", wordEnd - wordStart >= 2,
                  scalars[(next + 1)...].contains(where: Hangul.isSyllable)
            else { continue }
            let word = String(scalars: scalars[wordStart..<wordEnd])
            // A word preceded by a letter or digit is part of a larger token.
            if wordStart > 0 && ScalarText.isASCIIAlphanumeric(scalars[wordStart - 1]) { continue }
            guard !nonConnectives.contains(word) else { continue }
            let stem: String
            if next > wordEnd, Style.endsWithVerbalNoun(word) {
                stem = word + "하"  // 개조식 "엑셀로 정리, 그래프 작성": the comma joins two actions
            } else if let connective = VerbStem.stem(of: word, at: .connective), isClauseConnective(Array(word.unicodeScalars)) {
                stem = connective
            } else {
                continue
            }
            clauses.append(Clause(
                text: String(scalars: scalars[clauseStart..<wordEnd]).trimmed,
                body: String(scalars: scalars[clauseStart..<wordStart]).trimmed,
                connectiveStem: stem))
            clauseStart = next + 1
            index = next + 1
        }
        let rest = String(scalars: scalars[clauseStart...]).trimmed
        if !rest.isEmpty {
            clauses.append(Clause(text: rest, body: "", connectiveStem: nil))
        }
        return clauses
    }

}
