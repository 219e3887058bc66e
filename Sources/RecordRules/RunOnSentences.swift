/// Notes typed as one run with no sentence marks ("…감점이 많았어요 상담하고 나서 … 가져옴 대치동 …"):
/// a word that can only end a sentence (했다, 해요, 설명함, 만듦, 해 줌), followed by more words,
/// ends one there. Words that only look like endings stay: nouns (필요, 바다, 포함, 실험, 마음),
/// connectives (하고, 했는데), anything inside parentheses or quotes.
package enum RunOnSentences {
    /// Nouns that end like a 해요체 or 평서체 predicate.
    private static let nounsEndingInYoOrDa: Set<String> = [
        "필요", "불필요", "중요", "주요", "수요", "강요", "소요", "요요", "바다", "사다리", "시다", "뭐다", "판다", "소다",
        // Particles: "작품마다", "작년보다".
        "마다", "보다",
    ]
    static let placesEndingInDa = Set((ForeignPlaces.countries + ForeignPlaces.regions + ForeignPlaces.cities).filter { $0.hasSuffix("다") }
        + ["플로리다", "네바다", "그라나다", "캐나다"])

    /// Nouns that end like the noun form of 하다.
    private static let nounsEndingInHam: Set<String> = [
        "포함", "전함", "군함", "잠수함", "항공모함", "사물함", "보관함", "우편함", "우체함", "건의함", "신발함", "수거함", "분리수거함",
        "모금함", "저금함", "수납함", "분실물함", "소화함", "상자함",
        "대여함", "투표함", "의견함", "소통함", "칭찬함", "고민상자함", "반납함",
    ]
    /// Syllables before 음 that make it a predicate's noun form (했음, 있음, 좋음), not a noun (마음, 처음).
    private static let beforeEum = Set("었았였했있없같많좋싫높낮넓좁작않겠왔됐봤줬웠졌렸켰쳤혔겼".unicodeScalars)
    /// Noun forms of verbs that follow 아/어 (해 줌, 찾아봄, 가져옴, 알아냄, 다시 씀).
    private static let auxiliaryNounForms = Set("줌옴봄냄둠짐씀".unicodeScalars)
    /// Words after which a noun form continues the sentence ("설명함 등", "제작함 후").
    private static let continuations: Set<String> = ["등", "및", "정도", "후", "뒤", "때", "등을", "등의", "등이"]
    /// Words that measure or follow what the noun before them names ("몸싸움 직전까지 감", "토론
    /// 끝에", "실험 정도로"): a noun form before them is a noun.
    /// So do a few verbs of being judged, whose object is the noun before ("탄수화물 쏠림 지적받고 수정").
    private static let continuationPrefixes = ["직전", "직후", "정도", "끝에", "때문", "이후", "후에", "뒤에", "무렵", "도중", "중에", "과정에서", "덕분",
                                               "지적받", "지적 받", "지적당", "칭찬받", "인정받"]

    static func split(_ sentence: String) -> [String] {
        let words = sentence.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard words.count > 3 else { return [sentence] }
        var sentences: [String] = []
        var current: [String] = []
        var depth = 0
        var quoted = false
        var pendingCount = 0
        for (index, word) in words.enumerated() {
            current.append(word)
            for scalar in word.unicodeScalars {
                if scalar == "(" { depth += 1 }
                if scalar == ")" { depth = max(0, depth - 1) }
                if scalar == "'" || scalar == "\"" { quoted.toggle() }
            }
            // "지각 잦았음 주 2~3회 정도 상담하고 …": how often goes with what it counts.
            if pendingCount > 0 {
                pendingCount -= 1
                if pendingCount == 0, index + 1 < words.count {
                    sentences.append(current.joined(separator: " "))
                    current = []
                }
                continue
            }
            guard depth == 0, !quoted, index + 1 < words.count, current.count >= 2,
                  words.count - index - 1 >= 2, !continuations.contains(words[index + 1]),
                  // A parenthesis or a quote after the word still belongs to its sentence.
                  words[index + 1].unicodeScalars.first.map({ Hangul.isSyllable($0) || ScalarText.isASCIIAlphanumeric($0) }) ?? false,
                  endsSentence(word, previous: current.count >= 2 ? current[current.count - 2] : nil),
                  !continuationPrefixes.contains(where: words[index + 1].hasPrefix),
                  followingPartEndsInPredicate(words, after: index)
            else { continue }
            if let count = countPhrase(words, after: index) {
                pendingCount = count
                continue
            }
            sentences.append(current.joined(separator: " "))
            current = []
        }
        if !current.isEmpty { sentences.append(current.joined(separator: " ")) }
        return sentences
    }

    /// Whether what follows `index`, up to the next comma or the end, closes on a predicate of its own.
    /// A word only looks like an ending when what it leaves behind says nothing by itself: "우산
    /// 대여함 아이디어도 이 학생," (a box, not a verb), "놀림 반 칭찬 반" (teasing, half of it).
    private static func followingPartEndsInPredicate(_ words: [String], after index: Int) -> Bool {
        var end = index + 1
        while end < words.count - 1, !words[end].hasSuffix(",") { end += 1 }
        var last = Substring(words[end])
        while let mark = last.last, ",.!?)'\"".contains(mark) { last = last.dropLast() }
        let word = String(last)
        return endsSentence(word, previous: end > index + 1 ? words[end - 1] : nil) || ["함", "됨", "줌", "봄", "씀"].contains(word)
            || VerbStem.stem(of: word, at: .connective) != nil || VerbStem.stem(of: word) != nil
    }

    /// The number of words of a frequency right after `index` ("주 2~3회 정도", "한 달에 3번"), when
    /// one follows and more words follow it.
    private static func countPhrase(_ words: [String], after index: Int) -> Int? {
        let units: Set<String> = ["주", "월", "하루", "매주", "매달", "매일", "일주일에", "한달에", "한 달에", "달에"]
        guard index + 2 < words.count, units.contains(words[index + 1]),
              let first = words[index + 2].unicodeScalars.first, (0x30...0x39).contains(first.value) || "한두세네".unicodeScalars.contains(first)
        else { return nil }
        var count = 2
        if index + 3 < words.count, ["정도", "씩", "가량", "꼴"].contains(words[index + 3]) { count += 1 }
        return index + count + 1 < words.count ? count : nil
    }

    /// A 다 form that says when: past (했다, 읽었다), present with ㄴ/는 (만든다, 읽는다), or 이다/있다/없다/같다.
    private static func isFiniteDa(_ scalars: [Unicode.Scalar]) -> Bool {
        guard scalars.count >= 2, let before = Hangul.decompose(scalars[scalars.count - 2]) else { return false }
        if before.final == Hangul.Final.ssangSiot || before.final == Hangul.Final.nieun { return true }
        let word = String(String.UnicodeScalarView(scalars))
        return ["는다", "이다", "있다", "없다", "같다", "좋다", "싶다", "많다", "적다", "크다", "작다", "않다", "됐다", "했다", "였다"].contains(where: word.hasSuffix)
    }

    package static func endsSentence(_ word: String, previous: String?) -> Bool {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 1, scalars.allSatisfy(Hangul.isSyllable), let last = scalars.last else { return false }
        switch last {
        case "다", "요":
            // Places end in 다 too: "캐나다", "플로리다"; and "채우려다" goes on ("…려다 상의한 뒤").
            guard scalars.count >= 2, !nounsEndingInYoOrDa.contains(where: word.hasSuffix), !placesEndingInDa.contains(word),
                  !word.hasSuffix("려다"), !word.hasSuffix("더니"),
                  // "농구하다 2반 학생과 …": the dictionary form in running notes is 하다가, not an end.
                  !(word.hasSuffix("하다") && scalars.count >= 3)
            else { return false }
            // "프리다 칼로": a dictionary form ending a line of notes is rare; a name is not. Only a tense
            // ("했다", "읽었다", "만든다", "있다") or 요 closes a sentence mid-line.
            if last == "다", !isFiniteDa(scalars) { return false }
            return VerbStem.stem(of: word, at: .sentenceFinal) != nil
        case "함":
            // "중국어로 함 발음 교정 받은 …": 함 alone after a particle is the predicate.
            if scalars.count == 1, let previous, ["로", "를", "을", "에서", "게", "히"].contains(where: previous.hasSuffix) { return true }
            return scalars.count >= 2 && !nounsEndingInHam.contains(word)
        case "됨":
            return scalars.count >= 2
        case "음":
            return scalars.count >= 2 && beforeEum.contains(scalars[scalars.count - 2])
        case "듦", "끎":
            return scalars.count >= 2
        case "룸":
            // "다룸", "이룸", "미룸"; not a room ("원룸", "스터디룸").
            return ["다룸", "이룸", "겨룸", "미룸"].contains(where: word.hasSuffix)
        case "꿈", "김", "킴", "핌", "림", "짐", "움":
            // "포지션 바꿈 경기 끝나고": a verb's noun form (바꿈, 다룸, 옮김, 틀림, 세움), not a noun
            // that ends the same way (그림, 도움, 배움).
            return scalars.count >= 2 && !Style.isNounEndingInMieum(word)
        default:
            guard auxiliaryNounForms.contains(last) else { return false }
            // "찾아봄", "가져옴", "적어줌"; standalone after "설명해" or an object ("대비를 줌", "책을 봄").
            let before = scalars.count >= 2 ? scalars[scalars.count - 2] : previous?.unicodeScalars.last
            guard let before else { return false }
            if scalars.count == 1, let previous, previous.hasSuffix("을") || previous.hasSuffix("를") { return true }
            return takesAuxiliary(before)
        }
    }

    /// A syllable ending in 아/어 (or 해, 와, 워, 여): what an auxiliary verb follows.
    private static func takesAuxiliary(_ syllable: Unicode.Scalar) -> Bool {
        guard let parts = Hangul.decompose(syllable), parts.final == 0 else { return false }
        return [Hangul.Medial.a, Hangul.Medial.eo, Hangul.Medial.ae, Hangul.Medial.wa, Hangul.Medial.wo, Hangul.Medial.yeo]
            .contains(parts.medial)
    }
}
