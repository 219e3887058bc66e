import RecordRules

/// Words a teacher types together that a record writes apart (한글 맞춤법 제42·43항: a bound noun
/// and a unit stand apart from what they follow): "여러번" → "여러 번", "두번째" → "두 번째",
/// "발표때" → "발표 때", "쉬는시간" → "쉬는 시간", and the spoken 것 typed onto its modifier
/// ("설명해주는거" → "설명해주는 거", "노력하는게" → "노력하는 게") so the rules for 거 and 게 can
/// read it. Quoted words are the student's or a title's and stay as typed.
enum WordSpacing {
    static func spaced(_ words: [String], quoted: [Bool]) -> [String] {
        var result: [String] = []
        result.reserveCapacity(words.count + 2)
        for (index, word) in words.enumerated() {
            guard !quoted[index], word.utf8.count >= 6 else {
                result.append(word)
                continue
            }
            result += spaced(word)
        }
        return result
    }

    private static func spaced(_ typed: String) -> [String] {
        // Most words hold none of the syllables a rule looks for: one pass over the scalars decides.
        guard typed.unicodeScalars.contains(where: { cueScalars.contains($0) }) else { return [typed] }
        // "발표때," "여러번.": the marks after the word stay after its last part.
        var word = Substring(typed)
        while let last = word.last, ",.)".contains(last) { word = word.dropLast() }
        let tail = String(typed[word.endIndex...])
        var parts = parts(of: String(word))
        parts[parts.count - 1] += tail
        return parts
    }

    /// The syllables every rule below needs: 번, 때, 반 and the spoken 것's 거, 게, 걸, and 시간 of the fixed words.
    private static let cueScalars: Set<Unicode.Scalar> = ["번", "때", "반", "거", "게", "걸", "간"]

    private static func parts(of word: String) -> [String] {
        if let fixed = fixedWords[word] { return fixed.split(separator: " ").map(String.init) }
        // "옆반", "다른반과": 반 is a word of its own after them.
        for near in ["옆반", "다른반", "같은반", "앞반"] where word.hasPrefix(near) {
            return [String(near.dropLast()), String(word.dropFirst(near.count - 1))]
        }
        // "여러번", "두번째도", "몇번씩": a count and its unit.
        for count in counts where word.hasPrefix(count + "번") {
            return [count, String(word.dropFirst(count.count))]
        }
        // "발표때", "질의응답때는", "실험때도": a bound noun after the noun it dates.
        for ending in whenEndings where word.hasSuffix(ending) {
            let head = String(word.dropLast(ending.count))
            // "할때", "볼때": a verb's ㄹ form before 때 is one syllable and stands apart too.
            let verbBefore = head.count == 1 && head.unicodeScalars.first.map { Hangul.finalIndex($0) == Hangul.Final.rieul } == true
            guard head.count >= 2 || verbBefore, !notSpacedBeforeWhen.contains(head), head.unicodeScalars.allSatisfy(Hangul.isSyllable) else { break }
            return [head, String(ending)]
        }
        // "설명해주는거", "노력하는게", "정리한걸": the 것 of speech, written onto the modifier before it.
        let scalars = Array(word.unicodeScalars)
        // Three syllables at least: "근거", "증거", "준거" are nouns of their own.
        if scalars.count >= 3, scalars.allSatisfy(Hangul.isSyllable), let last = scalars.last, thingScalars.contains(last),
           modifiers.contains(scalars[scalars.count - 2])
        {
            return [String(String.UnicodeScalarView(scalars.dropLast())), String(last)]
        }
        return [word]
    }

    /// Words of a count before 번.
    private static let counts = ["여러", "한두", "두세", "서너", "몇", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉", "열"]
    private static let whenEndings: [Substring] = ["때는", "때도", "때에", "때마다", "때"]
    /// Words that end in 때 as one word in the dictionary, or whose 때 is not the bound noun.
    private static let notSpacedBeforeWhen: Set<String> = ["이", "그", "저", "한", "제", "언제", "아무", "점심", "저녁", "아침", "끼니"]
    private static let thingScalars: Set<Unicode.Scalar> = ["거", "게", "걸"]
    /// Endings of a modifier a spoken 것 follows: "하는", "한", "된", "하던", "좋은", "학생인".
    private static let modifiers: Set<Unicode.Scalar> = ["는", "한", "된", "던", "은", "인", "진", "간", "본", "쓴", "운"]
    /// Common compounds typed together.
    private static let fixedWords: [String: String] = [
        "쉬는시간": "쉬는 시간", "쉬는시간에": "쉬는 시간에", "쉬는시간마다": "쉬는 시간마다", "쉬는시간엔": "쉬는 시간엔",
        "점심시간엔": "점심시간엔", "수업시간": "수업 시간", "수업시간에": "수업 시간에", "수업시간엔": "수업 시간엔", "수업시간마다": "수업 시간마다",
        "자습시간": "자습 시간", "자습시간에": "자습 시간에", "조회시간": "조회 시간", "조회시간에": "조회 시간에",
    ]
}
