import RecordRules

/// Words at the start of a notes sentence that point at the sentence before it. A draft keeps them
/// only where that sentence is the one just before in the draft; elsewhere they would point at
/// nothing, or at the wrong thing.
enum Anaphora {
    /// Openers whose removal leaves a sentence that is still true on its own ("이 과정에서 오차를
    /// 줄임" → "오차를 줄임"). Longest first, so "이를 통해" wins over "이를".
    static let removable: [String] = [
        "이와 관련하여", "이와 관련해서", "이와 관련해", "이를 바탕으로", "이를 계기로", "이를 통해서", "이를 통해",
        "이 과정에서", "그 과정에서", "이 활동으로", "이 경험으로", "이 밖에도", "그 결과", "그 후", "이후에",
        "관련해서", "관련하여", "이처럼", "이렇게", "그래서", "따라서", "그리고", "또한", "게다가", "더불어", "아울러",
        "이후", "이에", "이때", "그때", "특히", "하지만", "그러나", "반면에", "반면", "그런데", "그럼에도", "다만", "그래도",
        // "대신 자료 정리는 맡아서 해옴": set against the sentence before, which may be left out.
        "대신에", "대신", "근데", "그렇지만",
    ]

    /// Openers that carry an object or a topic the sentence needs ("이를 친구들에게 설명함"): such a
    /// sentence is only stated right after the one it points at.
    static let binding: [String] = [
        // A cause the sentence before gave: "그래서인지 서론 틀이 정형화됨" says why only right after it.
        "그래서인지", "그래서 그런지", "그 때문인지", "그 때문에", "이 때문에", "그 덕분에", "이 덕분에",
        "이를", "이것을", "그것을", "이것으로", "그것으로", "이 내용을", "이 결과를", "그 내용을", "그 결과를", "그 뒤론", "그 뒤로는",
        "그 뒤로", "그 후론", "그 후로는", "그 후로", "그때부터", "그 이후로",
        // Back from where the sentence before took the student: "다녀와서 … 조사 발표함", "둘이 남아서".
        "다녀와서", "다녀온 뒤", "다녀온 후", "돌아와서", "갔다 와서", "둘이", "둘은", "두 사람은", "두 사람이", "그 친구와", "그 친구가",
    ]

    enum Opener: Equatable {
        case none
        /// The sentence without the opener, and the opener.
        case removable(rest: String, opener: String)
        case binding
    }

    static func opener(of sentence: String) -> Opener {
        for word in binding where startsWith(sentence, word) {
            // "이를 통해", "이를 바탕으로" are removable openers, tried below.
            if removable.contains(where: { $0.hasPrefix(word + " ") && startsWith(sentence, $0) }) { break }
            return .binding
        }
        for word in removable where startsWith(sentence, word) {
            var rest = Substring(sentence.dropFirst(word.count))
            while let first = rest.first, first == " " || first == "," { rest = rest.dropFirst() }
            guard !rest.isEmpty else { return .none }
            return .removable(rest: String(rest), opener: word)
        }
        return .none
    }

    /// Whether `sentence` starts with the whole word(s) `word` (followed by a space or a comma).
    private static func startsWith(_ sentence: String, _ word: String) -> Bool {
        guard sentence.hasPrefix(word) else { return false }
        let after = sentence.dropFirst(word.count).first
        return after == " " || after == ","
    }
}
