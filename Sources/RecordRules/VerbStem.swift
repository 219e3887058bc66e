/// Finds the dictionary stem of a Korean predicate ("만들었다" → 만들, "도왔어요" → 돕, "한다" → 하)
/// and forms its noun ending (만듦, 도움, 함).
///
/// Works on the last word only; the irregular classes are the ones school records meet:
/// ㄹ (만들다 → 만듦), ㅂ (돕다 → 도움), ㄷ (듣다 → 들음), ㅅ (짓다 → 지음), 르 (부르다 → 부름), ㅡ (쓰다 → 씀).
package enum VerbStem {
    /// Where the predicate stands: sentence-final endings (했다, 합니다, 해요) or clause connectives
    /// (하고, 하며, 했는데, 해서). Kept apart because a final noun like "보고서" would otherwise read as 보고 + 서.
    package enum Position: Sendable {
        case sentenceFinal
        case connective
    }

    private static let finalEndings = [
        "습니다", "니다", "이에요", "예요", "이었다", "였다", "였어요", "어요", "아요", "여요", "는다", "다", "요",
    ].map { Array($0.unicodeScalars) }
    private static let connectiveEndings = [
        "으면서", "면서", "으며", "는데", "은데", "지만", "어서", "아서", "여서", "고", "며", "서", "데", "여",
    ].map { Array($0.unicodeScalars) }

    /// ㄹ-stems whose ㄹ drops before ㄴ/ㅂ ("만든다", "만듭니다"); multi-syllable keys match stem
    /// endings, single-syllable keys only a whole stem.
    private static let droppedRieul: [String: String] = [
        "만드": "만들", "이끄": "이끌", "힘드": "힘들", "베푸": "베풀", "흔드": "흔들",
        "아": "알", "사": "살", "여": "열", "노": "놀", "푸": "풀", "드": "들", "미": "밀", "우": "울",
        "파": "팔", "부": "불", "떠": "떨", "비": "빌",
    ]

    /// ㄷ-irregular verbs as they appear before a vowel ending ("들었다" → 듣다, "깨달았다" → 깨닫다).
    private static let tikeutIrregular: [String: String] = [
        "들": "듣", "깨달": "깨닫", "알아들": "알아듣", "엿들": "엿듣", "귀담아들": "귀담아듣", "실": "싣", "옮겨실": "옮겨싣",
    ]
    /// ㅅ-irregular verbs before a vowel ending ("지었다" → 짓다); whole stems only.
    private static let siotIrregular: [String: String] = ["지": "짓", "나": "낫", "이": "잇", "부": "붓", "그": "긋", "저": "젓"]
    private static let tikeutIrregularStems: Set<String> = ["듣", "깨닫", "묻", "걷", "싣", "일컫", "알아듣", "엿듣", "귀담아듣"]
    private static let siotIrregularStems: Set<String> = ["짓", "낫", "잇", "붓", "긋", "젓"]
    private static let pastVowels: Set<Int> = [
        Hangul.Medial.a, Hangul.Medial.ae, Hangul.Medial.eo, Hangul.Medial.yeo, Hangul.Medial.wa,
        Hangul.Medial.wae, Hangul.Medial.wo,
    ]
    /// Final syllables of ㅂ-irregular adjectives and 돕다/곱다.
    private static let bieupIrregularSyllables: Set<String> = [
        "돕", "곱", "롭", "답", "럽", "렵", "겁", "깝", "갑", "맙", "쉽", "덥", "춥", "볍", "밉", "섭", "엽", "립", "랍", "텁", "겹", "눕", "줍",
    ]

    /// The stem of the predicate `word`, or nil when the word has no predicate ending there (a noun).
    package static func stem(of word: String, at position: Position = .sentenceFinal) -> String? {
        let scalars = Array(word.unicodeScalars)
        guard let last = scalars.last, Hangul.isSyllable(last) else { return nil }
        // "최고", "사고", "참고": nouns that end like the 고 connective.
        if position == .connective, nounsLikeConnectives.contains(word) { return nil }
        // "계기", "용기", "분위기": nouns that end like the 기 of a verb's noun form.
        if last == "기", nounsLikeNominals.contains(where: word.hasSuffix) { return nil }
        let endings = position == .sentenceFinal ? finalEndings : connectiveEndings
        for ending in endings where scalars.count > ending.count && scalars.suffix(ending.count).elementsEqual(ending) {
            let body = Array(scalars.dropLast(ending.count))
            if let stem = stem(body: body, ending: String(scalars: ending)) { return stem }
        }
        return nil
    }

    /// Nouns that end like the 고 connective ("최고", "보고", "문고"): never a verb's connective form.
    package static let nounsLikeConnectives: Set<String> = [
        "최고", "사고", "보고", "참고", "광고", "원고", "창고", "재고", "신고", "경고", "수고", "고고", "문고", "금고", "예고", "포고",
        "제고", "숙고", "노고", "투고", "기고",
    ]

    /// Nouns that end like 기, the ending that makes a verb a noun ("만들기"): never a verb.
    package static let nounsLikeNominals: Set<String> = [
        "계기", "용기", "인기", "시기", "위기", "전기", "일기", "향기", "감기", "얘기", "이야기", "크기", "분위기", "동기", "초기", "후기",
        "주기", "기기", "장기", "단기", "열기", "연기", "도자기", "공기", "경기", "무기", "온기", "생기", "화기", "환기", "세기",
    ]

    /// The stem of a past form cut off before its ending ("만들었", "했"), as truncated notes leave it.
    package static func stem(ofBarePast word: String) -> String? {
        let scalars = Array(word.unicodeScalars)
        guard let last = scalars.last, let syllable = Hangul.decompose(last),
              syllable.final == Hangul.Final.ssangSiot, pastVowels.contains(syllable.medial)
        else { return nil }
        return stemOfContracted(scalars, past: true)
    }

    private static func stem(body: [Unicode.Scalar], ending: String) -> String? {
        guard let last = body.last, let syllable = Hangul.decompose(last) else { return nil }
        // ㅆ marks the past only on a contracted vowel (했, 었, 났, 됐); 있 is a stem of its own.
        let isPast = syllable.final == Hangul.Final.ssangSiot && pastVowels.contains(syllable.medial)
        switch ending {
        case "이에요", "예요", "이었다":
            return String(scalars: body) + "이"
        case "였다", "였어요":
            // "하였다" is 하다; otherwise 이 after a vowel: "보였다" → 보이, "리더였다" → 리더이.
            return last == "하" ? String(scalars: body) : String(scalars: body) + "이"
        case "니다":
            // "합니다", "만듭니다": the ㅂ of -ㅂ니다 is merged into the last syllable.
            guard syllable.final == Hangul.Final.bieup else { return nil }
            return restoreRieul(replacingLast(body, with: syllable.with(final: 0)))
        case "다":
            if isPast { return stemOfContracted(body, past: true) }
            if syllable.final == Hangul.Final.nieun {
                // "한다", "보인다", "만든다": the ㄴ of -ㄴ다 is merged.
                return restoreRieul(replacingLast(body, with: syllable.with(final: 0)))
            }
            return String(scalars: body)
        case "데":
            // "어려운데", "인데": the ㄴ of -ㄴ데 is merged.
            guard syllable.final == Hangul.Final.nieun else { return nil }
            return restoreRieul(replacingLast(body, with: syllable.with(final: 0)))
        case "여":
            return last == "하" ? String(scalars: body) : nil
        case "요":
            return stemOfContracted(body, past: false)
        case "어서", "아서", "여서", "서":
            if isPast { return stemOfContracted(body, past: true) }
            if ending == "서" {
                // Only a contracted vowel carries a bare 서 (해서, 봐서, 써서); "수행평가에서" is a particle.
                return syllable.final == 0 && pastVowels.contains(syllable.medial) ? stemOfContracted(body, past: false) : nil
            }
            if syllable.final == 0 { return stemOfContracted(body, past: false) }
            return restoreVowelIrregular(String(scalars: body))
        case "습니다", "어요", "아요", "여요", "으며", "으면서", "은데":
            if isPast { return stemOfContracted(body, past: true) }
            return restoreVowelIrregular(String(scalars: body))
        default:  // 는다, 고, 며, 면서, 는데, 지만: the stem itself
            if isPast { return stemOfContracted(body, past: true) }
            return String(scalars: body)
        }
    }

    /// Undoes vowel contraction in the last syllable of `body` (with or without the past ㅆ).
    private static func stemOfContracted(_ body: [Unicode.Scalar], past contractedHasPast: Bool) -> String? {
        guard let last = body.last, let syllable = Hangul.decompose(last) else { return nil }
        if contractedHasPast && syllable.final != Hangul.Final.ssangSiot { return nil }
        if !contractedHasPast && syllable.final != 0 { return nil }
        let prefix = Array(body.dropLast())
        let base = syllable.with(final: 0)
        let I = syllable.initial
        let V = syllable.medial
        func withMedial(_ medial: Int) -> String { String(scalars: prefix) + String(Character(base.with(medial: medial).scalar)) }

        if I == Hangul.Initial.ieung && (V == Hangul.Medial.eo || V == Hangul.Medial.a) {
            // 었/았 (어/아 in 해요체) after a full stem: 만들었, 찾았, 보았.
            guard !prefix.isEmpty else { return nil }
            let stem = String(scalars: prefix)
            if stem.hasSuffix("모") && V == Hangul.Medial.a { return stem + "으" }
            return restoreVowelIrregular(stem)
        }
        if I == Hangul.Initial.ieung && V == Hangul.Medial.yeo {
            guard !prefix.isEmpty else { return nil }
            return prefix.last == "하" ? String(scalars: prefix) : String(scalars: prefix) + "이"
        }
        if I == Hangul.Initial.hieut && V == Hangul.Medial.ae {
            return String(scalars: prefix) + "하"  // 했, 해
        }
        if I == Hangul.Initial.ieung && V == Hangul.Medial.wa, let previous = prefix.last,
           previous == "도" || previous == "고"
        {
            // 도왔 → 돕, 고왔 → 곱 (ㅂ irregular).
            var stem = prefix
            stem[stem.count - 1] = Hangul.decompose(previous)!.with(final: Hangul.Final.bieup).scalar
            return String(scalars: stem)
        }
        switch V {
        case Hangul.Medial.wae: return withMedial(Hangul.Medial.oe)  // 됐 → 되
        case Hangul.Medial.yeo: return withMedial(Hangul.Medial.i)   // 켰, 쳤, 졌, 렸, 혔, 겼
        case Hangul.Medial.wo: return withMedial(Hangul.Medial.u)    // 줬, 웠, 췄, 뤘, 꿨
        case Hangul.Medial.wa: return withMedial(Hangul.Medial.o)    // 봤, 왔
        case Hangul.Medial.a, Hangul.Medial.eo:
            if I == Hangul.Initial.rieul, let previous = prefix.last, let p = Hangul.decompose(previous),
               p.final == Hangul.Final.rieul
            {
                // 르 irregular: 골랐 → 고르, 불렀 → 부르.
                var stem = prefix
                stem[stem.count - 1] = p.with(final: 0).scalar
                return String(scalars: stem) + "르"
            }
            // ㅡ stems: 아팠 → 아프, 기뻤 → 기쁘, 썼 → 쓰, 껐 → 끄, 컸 → 크, 떴 → 뜨.
            let euInitials: Set<Int> = [Hangul.Initial.pieup, Hangul.Initial.ssangBieup]
            let euInitialsEo: Set<Int> = [10, 1, 15, 4, 16]  // ㅆ ㄲ ㅋ ㄸ ㅌ
            if euInitials.contains(I) || (V == Hangul.Medial.eo && euInitialsEo.contains(I)) {
                return withMedial(Hangul.Medial.eu)
            }
            return withMedial(V)
        default:
            return withMedial(V)
        }
    }

    /// Restores ㄷ/ㅅ-irregular stems seen before a vowel ending ("들" → 듣, "지" → 짓).
    private static func restoreVowelIrregular(_ stem: String) -> String {
        for (surface, dictionary) in tikeutIrregular where stem == surface || (surface.count > 1 && stem.hasSuffix(surface)) {
            return String(stem.dropLast(surface.count)) + dictionary
        }
        if let dictionary = siotIrregular[stem] { return dictionary }
        return stem
    }

    /// Restores a ㄹ dropped before ㄴ or ㅂ ("만드" → 만들).
    private static func restoreRieul(_ stem: String) -> String {
        for (surface, dictionary) in droppedRieul {
            if surface.count >= 2 ? stem.hasSuffix(surface) : stem == surface {
                return String(stem.dropLast(surface.count)) + dictionary
            }
        }
        return stem
    }

    // MARK: forming endings

    /// The noun form (명사형) of a stem: 하 → 함, 만들 → 만듦, 돕 → 도움, 듣 → 들음, 짓 → 지음, 있 → 있음.
    package static func nounForm(ofStem stem: String) -> String {
        // 늘다/줄다 read as 늚/줆 in their bare noun form; records say 늘어남/줄어듦.
        if stem == "늘" { return "늘어남" }
        if stem == "줄" { return "줄어듦" }
        var scalars = Array(stem.unicodeScalars)
        guard let last = scalars.last, let syllable = Hangul.decompose(last) else { return stem + "함" }
        let lastText = String(Character(last))
        switch syllable.final {
        case 0:
            scalars[scalars.count - 1] = syllable.with(final: Hangul.Final.mieum).scalar
            return String(scalars: scalars)
        case Hangul.Final.rieul:
            scalars[scalars.count - 1] = syllable.with(final: Hangul.Final.rieulMieum).scalar
            return String(scalars: scalars)
        case Hangul.Final.bieup where bieupIrregularSyllables.contains(lastText) && !(stem.hasSuffix("좁") || stem.hasSuffix("잡")):
            scalars[scalars.count - 1] = syllable.with(final: 0).scalar
            return String(scalars: scalars) + "움"
        case Hangul.Final.tikeut where tikeutIrregularStems.contains(where: { stem.hasSuffix($0) }):
            scalars[scalars.count - 1] = syllable.with(final: Hangul.Final.rieul).scalar
            return String(scalars: scalars) + "음"
        case Hangul.Final.siot where siotIrregularStems.contains(stem):
            scalars[scalars.count - 1] = syllable.with(final: 0).scalar
            return String(scalars: scalars) + "음"
        default:
            return stem + "음"
        }
    }

    /// The past form of a stem, before an ending that starts with 으 or 어: 하 → 했, 틀리 → 틀렸,
    /// 많 → 많았, 쓰 → 썼, 부르 → 불렀, 어렵 → 어려웠, 듣 → 들었, 되 → 됐, 주 → 줬, 보 → 봤.
    package static func past(ofStem stem: String) -> String {
        var scalars = Array(stem.unicodeScalars)
        guard let last = scalars.last, let syllable = Hangul.decompose(last) else { return stem + "었" }
        let bright = [Hangul.Medial.a, Hangul.Medial.o].contains(syllable.medial)
        if syllable.final != 0 {
            if syllable.final == Hangul.Final.bieup && bieupIrregularSyllables.contains(String(Character(last))) {
                scalars[scalars.count - 1] = syllable.with(final: 0).scalar
                return String(scalars: scalars) + (stem == "돕" || stem == "곱" ? "왔" : "웠")
            }
            if syllable.final == Hangul.Final.tikeut && tikeutIrregularStems.contains(where: { stem.hasSuffix($0) }) {
                scalars[scalars.count - 1] = syllable.with(final: Hangul.Final.rieul).scalar
                return String(scalars: scalars) + "었"
            }
            return stem + (bright ? "았" : "었")
        }
        if last == "하" { return String(scalars: scalars.dropLast()) + "했" }
        if last == "르", scalars.count >= 2, let previous = Hangul.decompose(scalars[scalars.count - 2]) {
            // 르 irregular: 부르 → 불렀, 고르 → 골랐.
            scalars[scalars.count - 2] = previous.with(final: Hangul.Final.rieul).scalar
            let vowel = [Hangul.Medial.a, Hangul.Medial.o].contains(previous.medial) ? "랐" : "렀"
            return String(scalars: scalars.dropLast()) + vowel
        }
        let contracted: Int
        switch syllable.medial {
        case Hangul.Medial.i: contracted = Hangul.Medial.yeo
        case Hangul.Medial.eu:
            // 아프 → 아팠, 쓰 → 썼: the vowel before decides.
            let previous = scalars.count >= 2 ? Hangul.decompose(scalars[scalars.count - 2]) : nil
            contracted = previous.map { [Hangul.Medial.a, Hangul.Medial.o].contains($0.medial) } == true ? Hangul.Medial.a : Hangul.Medial.eo
        case Hangul.Medial.u: contracted = Hangul.Medial.wo
        case Hangul.Medial.o: contracted = Hangul.Medial.wa
        case Hangul.Medial.oe: contracted = Hangul.Medial.wae
        default: contracted = syllable.medial
        }
        scalars[scalars.count - 1] = syllable.with(medial: contracted).with(final: Hangul.Final.ssangSiot).scalar
        return String(scalars: scalars)
    }

    private static func replacingLast(_ body: [Unicode.Scalar], with syllable: Hangul.Syllable) -> String {
        var scalars = body
        scalars[scalars.count - 1] = syllable.scalar
        return String(scalars: scalars)
    }

}
