import RecordRules

/// The subject particle a teacher's shorthand leaves out before a predicate of state: "질문 많아짐" →
/// "질문이 많아짐", "발음 좋고" → "발음이 좋고", "잔반 많다는 결과" → "잔반이 많다는 결과", "가고 싶은 곳
/// 다르자" → "곳이 다르자". Only where the predicate says how the noun is or became, never what the
/// student did; a predicate that modifies a noun ("의미 있는 활동") or an adverb ("관심 있게") keeps
/// the idiom the teacher wrote.
enum SubjectParticles {
    static func marked(_ words: [String], quoted: [Bool]) -> [String] {
        guard words.count >= 2 else { return words }
        var result = words
        for index in words.indices.dropLast() where !quoted[index] && !quoted[index + 1] && isStatePredicate(words[index + 1]) {
            let noun = words[index]
            guard isSubjectNoun(noun),
                  // "자료를 정리 좋음" reads its noun as part of the doing before it; "만" already marks.
                  index == 0 || !["만", "을", "를"].contains(where: words[index - 1].hasSuffix),
                  // "부분이 인상 깊었다고": a subject before it makes the pair one idiom ("인상 깊다").
                  index == 0 || !isSubjectMarked(words[index - 1])
            else { continue }
            result[index] = noun + Hangul.particle(after: noun, withFinal: "이", withoutFinal: "가")
        }
        return result
    }

    private static func isSubjectMarked(_ word: String) -> Bool {
        guard word.count >= 2, let particle = word.last, particle == "이" || particle == "가" else { return false }
        return Hangul.particle(after: String(word.dropLast()), withFinal: "이", withoutFinal: "가") == String(particle)
    }

    /// Single-syllable nouns a state is said of: "곳 다르자", "말 많음", "힘 좋음".
    private static let shortNouns: Set<String> = ["곳", "말", "글", "힘", "책", "키", "손", "눈", "맛", "색", "값"]

    private static func isSubjectNoun(_ noun: String) -> Bool {
        guard noun.unicodeScalars.allSatisfy(Hangul.isSyllable), noun.count >= 2 || shortNouns.contains(noun),
              !SentenceForms.endsInParticle(noun), !SentenceForms.notNouns.contains(noun), !SentenceForms.isEvaluation(noun),
              !notSubjects.contains(noun), !["히", "게", "적", "씩", "마다", "까지", "부터", "처럼", "보다", "끼리", "이나", "든지"].contains(where: noun.hasSuffix)
        else { return false }
        // A verb's form ("지나고 좋아짐", "노력해 많아짐", "모여 있음") is no noun.
        if Shorthand.isVerbForm(noun) { return false }
        // "말다툼 한번 있었음": how often, not what there was.
        if ["한번", "두번", "세번", "네번", "몇번", "여러번", "한두번"].contains(noun) { return false }
        return VerbStem.stem(of: noun, at: .connective) == nil && VerbStem.stem(of: noun, at: .sentenceFinal) == nil
            && !["서", "며", "고", "니까", "면", "자"].contains(where: { noun.hasSuffix($0) && VerbStem.stem(of: String(noun.dropLast($0.count)) + "다", at: .sentenceFinal) != nil })
    }

    /// Words that say when, how or how much, never what: "요즘 좋아짐", "전보다 많아짐", "훨씬 좋아짐".
    private static let notSubjects: Set<String> = [
        "요즘", "최근", "처음", "나중", "이후", "이전", "전보다", "점점", "점차", "갈수록", "훨씬", "많이", "조금", "가끔", "자주", "항상",
        "매우", "아주", "정말", "너무", "특히", "더욱", "한층", "부쩍", "확연히", "눈에", "이번", "지난번", "학기", "오늘", "매일", "다시",
        "모두", "함께", "같이", "서로", "혼자", "직접", "스스로", "먼저", "계속", "아직", "이미", "거의", "전혀", "별로", "그래도", "그런데",
        "그리고", "그래서", "하지만", "그러나", "또한", "덕분", "때문", "정도", "만큼", "이상", "이하", "동안", "내내", "무척", "꽤", "상당히",
    ]

    /// Predicates of state by how their forms begin. Where a noun or an adverb begins the same way
    /// (생기부, 늘 "always", 깊이), the state is listed by its whole forms.
    private static let stateStarts = [
        "좋", "많", "높", "낮", "다르", "달라", "늘어", "늘었", "늘고", "줄어", "줄었", "나아", "떨어지", "떨어져", "떨어졌", "빠르", "빨라",
        "뛰어나", "뛰어남", "있", "없", "넓", "풍부", "뚜렷", "커지", "커짐", "커졌", "커져", "깊어", "깊고", "깊음", "깊었", "두텁", "두터",
        "향상되", "향상됨", "생김", "생기고", "생기며", "생기자", "생겨", "생겼", "바뀜", "바뀌", "달라짐", "잦",
    ]
    /// Adverbs and nouns that begin like a state: "많이 도와줌", "높이 20cm", "있는 그대로".
    private static let notStates: Set<String> = ["많이", "넓이", "좋이", "없이", "뚜렷이"]

    /// Verbs of doing that begin like a state and take an object: "수학 좋아함", "목소리 높임", "빨대
    /// 없애자는", "시야 넓힘".
    private static let doingsLikeStates = [
        "좋아하", "좋아함", "좋아해", "좋아했", "높이", "높임", "높여", "높였", "낮추", "낮춤", "낮춰", "넓히", "넓힘", "넓혀", "없애", "없앰",
        "없앴", "늘리", "늘림", "늘려",
    ]

    /// The scalars the predicates of state begin with: most words begin otherwise and are passed over
    /// before any string is compared (this runs on every pair of words drafting reads).
    private static let stateFirstScalars: Set<Unicode.Scalar> = Set(stateStarts.compactMap(\.unicodeScalars.first))

    private static func isStatePredicate(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, stateFirstScalars.contains(first) else { return false }
        let core = word.hasSuffix(",") || word.hasSuffix(".") ? String(word.dropLast()) : word
        guard core.unicodeScalars.allSatisfy(Hangul.isSyllable), !notStates.contains(core), stateStarts.contains(where: core.hasPrefix),
              !core.hasSuffix("게"), !core.hasSuffix("히")
        else { return false }
        // A modifier ("있는", "좋은", "많던") goes with the noun after it as the teacher wrote it.
        if ["는", "던", "은", "운", "른", "할", "을"].contains(where: core.hasSuffix) && !core.hasSuffix("다는") { return false }
        return !doingsLikeStates.contains(where: core.hasPrefix)
    }
}
