/// Negative framing and exaggeration. The 기재요령 (p.158) does not ban negative content but asks for
/// a growth-supporting view; these findings are warnings whose suggestion is an expectation about
/// what the student can grow in (Expectation), never an invented improvement.
///
/// Every entry of NegativeLexicon passes three shared guards: negated praise is not negative ("늦지
/// 않게 제출함", "부족함 없이"), a description of someone else is not about the student ("발표를
/// 어려워하는 친구를 도움", "집중력이 부족한 친구"), and a topic is not an observation ("집중력이
/// 떨어지는 원인을 분석함", "왜 잠이 드는지 탐구함").
enum NegativeWording {
    /// Verbs whose negation is praise: "포기하지 않고" is perseverance, not a shortcoming.
    static let praisedWhenNegated = [
        "포기하", "멈추", "아끼", "게을리하", "굴하", "주저하", "망설이", "소홀히하", "소홀히 하", "안주하", "지치", "두려워하",
        "흔들리", "그치", "놓치", "빠뜨리", "거르", "뒤처지", "개의치", "마다하", "머무르", "외면하", "잊", "쉬", "빠지", "늦",
        "미루", "의지하", "기대", "받", "가리", "굽히", "흐트러", "지루해하", "불평하", "귀찮아하",
    ]

    /// What a student is expected to do: "과제를 제출하지 않음" reports a duty not done; "예상과
    /// 일치하지 않는 결과", "물에 녹지 않는 물질" describe things.
    static let dutyStems: Set<String> = [
        "하", "지키", "챙기", "따르", "듣", "오", "나오", "가져오", "어울리", "읽", "풀", "끝내", "마치", "내", "쓰", "돕", "다하",
        "맡", "갖", "기울이", "나서", "외우", "씻", "치우", "적", "보", "말하", "대답하",
    ]
    static let dutyNouns: Set<String> = [
        "제출", "참여", "참가", "집중", "노력", "협력", "협조", "준비", "완성", "발표", "대답", "정리", "청소", "복습", "기록", "필기",
        "경청", "배려", "양보", "사과", "수행", "공부", "작성", "활동", "표현", "질문", "실천", "연습", "학습", "이행", "응답", "숙제",
        "출석", "등교", "예습", "인사", "협동", "참석", "응시", "귀가", "반성", "해결", "이해", "완수", "마무리", "확인", "점검",
    ]

    /// Someone else the word may describe: "발표를 어려워하는 친구".
    static let otherPeople = Cues([
        "친구", "학생", "동료", "모둠원", "이웃", "사람", "후배", "선배", "급우", "동생", "아이", "주인공", "인물", "화자", "등장인물",
        "학우", "짝", "팀원", "부원", "조원", "또래", "어르신", "노인", "환자", "장애인", "이들", "상대", "국가", "나라", "기업", "악역", "배역",
        "작성자", "주민", "시민", "아동", "청소년", "사람들", "캐릭터", "전학생", "신입생", "신입 부원",
    ])
    static let otherOwners = Cues([
        "친구의 ", "친구들의 ", "모둠원의 ", "다른 사람의 ", "상대의 ", "상대방의 ", "후배의 ", "동생의 ", "친구가 ", "친구들이 ", "인물의 ", "주인공의 ",
        "등장인물의 ", "화자의 ", "작가의 ",
        // "전학생이 한국어가 서툴렀는데 단어장을 만들어 줌": the classmate's difficulty, which the student met.
        "전학생이 ", "전학생의 ", "신입생이 ", "후배가 ", "후배들이 ", "동생이 ", "부원이 ", "부원들이 ", "모둠원이 ", "모둠원들이 ", "짝이 ", "짝꿍이 ",
    ])

    /// Nouns a negative modifier turns into a topic: "집중력이 떨어지는 원인".
    static let topicNouns = Cues([
        "원인", "이유", "과정", "원리", "효과", "영향", "현상", "사례", "실태", "까닭", "요인", "동안", "메커니즘", "양상", "구조",
        "문제", "심리", "특성", "특징", "증상", "질환", "사회", "현실", "시대", "상황을 분석", "상황을 조사", "경우를 분석", "사람들",
        // "관심이 없던 분야에도 도전함": the field the student turned to.
        "분야", "영역",
    ])

    static let negationWords = Cues(["없이", "없도록", "없게", "않도록", "않게"])

    static let adverbs: Set<String> = [
        "매우", "다소", "조금", "아직", "자주", "종종", "가끔", "항상", "늘", "많이", "약간", "상대적으로", "여전히", "특히", "때때로",
        "아직은", "대체로", "전반적으로", "너무", "상당히", "비교적", "쉽게", "잘", "좀", "꽤", "크게", "점차", "처음에는", "처음엔",
        "초반에는", "평소", "처음", "당시", "한때", "가장", "계속", "다시", "또한", "다만", "때로", "아직도", "제대로", "끝까지",
        "스스로", "제때", "충분히", "전혀", "거의", "별로", "그다지", "쉽사리", "도무지", "좀처럼", "미처", "결국", "끝내",
    ]

    private static let particles = [
        "에서는", "에서도", "에서", "에게는", "에게", "으로는", "으로", "이나", "이", "가", "은", "는", "을", "를", "에는", "에", "도", "의", "로",
    ]

    static let rules: [TermRule] = NegativeLexicon.entries.map { entry in
        TermRule(entry.category, .warn, terms: entry.forms, reason: entry.reason, context: entry.context)
    } + Exaggeration.rules

    private static let matcher = LexiconMatcher(rules: rules)

    static func findings(in text: ScalarText, section: Section?) -> [RuleChecker.ClauseAssessment.Finding] {
        matcher.matches(in: text, section: section).compactMap { match in
            let excerpt = text.slice(text.expandedToWord(match.range))
            guard match.ruleIndex < NegativeLexicon.entries.count else {
                return .init(
                    violation: Violation(
                        category: match.rule.category, severity: match.rule.severity, span: text.span(match.range),
                        excerpt: excerpt, reason: match.rule.reason, suggestion: match.rule.suggestion),
                    rephrasing: nil)
            }
            let entry = NegativeLexicon.entries[match.ruleIndex]
            guard let kind = entry.aspect else {
                return .init(
                    violation: Violation(
                        category: entry.category, severity: .warn, span: text.span(match.range), excerpt: excerpt,
                        reason: entry.reason, suggestion: "장점과 노력 중심으로 이어 씀"),
                    rephrasing: .dropTerm)
            }
            if isNegatedPraise(text, match.range) || isAboutSomeoneElse(text, match.range) || isTopic(text, match.range)
                || isQuoted(text, match.range) || isNamedAsTopic(text, match.range) || isOvercome(text, match.range)
            {
                return nil
            }
            let sentence = text.sentenceRange(containing: match.range.lowerBound)
            let aspect = aspect(kind, text, match.range, sentence: sentence)
            return .init(
                violation: Violation(
                    category: entry.category, severity: .warn, span: text.span(match.range), excerpt: excerpt,
                    reason: entry.reason, suggestion: Expectation.suggestion(aspect: aspect, sentence: sentence, in: text)),
                rephrasing: .expectation(aspect: aspect))
        }
    }

    // MARK: shared guards

    /// "늦지 않게", "다투지 않고", "부족함 없이", "어려움이 없도록".
    static func isNegatedPraise(_ text: ScalarText, _ match: Range<Int>) -> Bool {
        // "한 번도 안 늦음", "2학기엔 안 졺": a shortcoming said not to happen.
        if match.lowerBound >= 2, text.hasText("안 ", at: match.lowerBound - 2) { return true }
        if isSaidToBeGone(text, after: match.upperBound) { return true }
        let word = text.wordRange(around: max(match.lowerBound, match.upperBound - 1))
        let wordEnd = max(word.upperBound, match.upperBound)
        // "포기 안 함", "불평 안 하고": the word, then said not to be done.
        if text.hasText(" 안 ", at: wordEnd) && wordEnd == match.upperBound { return true }
        if wordEnd > 0 && text.scalars[wordEnd - 1] == "지" && wordEnd > match.upperBound - 1 {
            if text.hasText(" 않", at: wordEnd) || text.hasText("않", at: wordEnd) || text.hasText(" 말", at: wordEnd) {
                return true
            }
        }
        guard let next = text.nextWord(after: wordEnd), next.lowerBound - wordEnd <= 1 else { return false }
        return negationWords.starts(in: text, at: next.lowerBound)
    }

    /// What the clause goes on to say of it is that it is gone: "조는 모습이 거의 보이지 않았다",
    /// "지각이 없어짐", "조는 일이 사라짐"; within the two words after it, never past a clause's end
    /// ("자주 졸았고 … 말이 거의 없었음" is two shortcomings).
    private static func isSaidToBeGone(_ text: ScalarText, after end: Int) -> Bool {
        guard end > 0 else { return false }
        let word = text.wordRange(around: end - 1)
        let wordText = text.slice(word)
        if clauseEnds.contains(where: wordText.hasSuffix) { return false }
        var next = word.upperBound
        for _ in 0..<3 {
            guard let following = text.nextWord(after: next), following.lowerBound - next <= 1 else { return false }
            // "핑계가 끝도 없음": endless, not gone.
            if goneCues.starts(in: text, at: following.lowerBound) { return !text.hasText("끝도 ", at: following.lowerBound - 3) }
            let scalar = text.scalars[following.upperBound - 1]
            if scalar == "," || ScalarText.isSentenceTerminator(scalar) { return false }
            next = following.upperBound
        }
        return false
    }

    private static let clauseEnds = ["고", "며", "서", "데", "지만", "나", "면", ",", "."]

    static let goneCues = Cues(["보이지 않", "찾아볼 수 없", "볼 수 없", "없어", "없었", "없음", "없다", "없게", "없이", "사라", "거의 없"])

    /// The words are inside a quotation: what the student said or wrote ("관객이 조명을 의식 못 하면
    /// 잘 된 거래요"), not the teacher's observation.
    static func isQuoted(_ text: ScalarText, _ match: Range<Int>) -> Bool {
        let sentence = text.sentenceRange(containing: match.lowerBound)
        var straight = 0
        var curly = 0
        for scalar in text.scalars[sentence.lowerBound..<match.lowerBound] {
            switch scalar {
            case "\"": straight += 1
            case "“": curly += 1
            case "”": curly -= 1
            default: break
            }
        }
        if straight % 2 == 1 || curly > 0 { return true }
        return isInSpokenSingleQuote(text, match, sentence: sentence)
    }

    /// Single quotes hold a label as often as speech ('늦잠'이라고 함): only a quote of three words or
    /// more is what someone said ("'아무도 안 보는 학대는 괜찮은가'라고 되물음").
    private static func isInSpokenSingleQuote(_ text: ScalarText, _ match: Range<Int>, sentence: Range<Int>) -> Bool {
        let opens: Set<Unicode.Scalar> = ["'", "‘"]
        let closes: Set<Unicode.Scalar> = ["'", "’"]
        var open: Int?
        var index = sentence.lowerBound
        while index < match.lowerBound {
            let scalar = text.scalars[index]
            if open != nil, closes.contains(scalar) {
                open = nil
            } else if open == nil, opens.contains(scalar) {
                open = index
            }
            index += 1
        }
        guard let start = open else { return false }
        // "'왜 … 느려져요?' 질문": a question mark ends the sentence just before the quote closes.
        let limit = min(text.count, sentence.upperBound + 2)
        var end = match.upperBound
        while end < limit, !closes.contains(text.scalars[end]) { end += 1 }
        guard end < limit else { return false }
        return text.scalars[(start + 1)..<end].filter { $0 == " " }.count >= 2
    }

    /// The words describe another person: "어려워하는 친구", "친구의 부족한 점".
    static func isAboutSomeoneElse(_ text: ScalarText, _ match: Range<Int>) -> Bool {
        let sentence = text.sentenceRange(containing: match.lowerBound)
        if let owner = otherOwners.first(in: text, max(sentence.lowerBound, match.lowerBound - 10)..<match.lowerBound) {
            // "친구의 의견을 무시함": the friend owns what the student acted on; the act is the student's.
            let ownedObject = text.nextWord(after: owner + (otherOwners.match(in: text, at: owner) ?? 0)).map { word in
                word.upperBound <= match.lowerBound && ["을", "를"].contains(where: text.slice(word).hasSuffix)
            } ?? false
            if !ownedObject { return true }
        }
        // "주민들의 무관심", "사람들의 부족한 인식": a group's, not the student's.
        if let previous = text.previousWord(before: match.lowerBound), previous.lowerBound >= sentence.lowerBound,
           text.slice(previous).hasSuffix("들의")
        {
            return true
        }
        guard let modifier = modifierWord(text, after: match) else { return false }
        guard let next = text.nextWord(after: modifier.upperBound), next.lowerBound - modifier.upperBound <= 1 else { return false }
        return otherPeople.starts(in: text, at: next.lowerBound)
    }

    /// What follows names the fault as the subject of a study, a rule or a campaign: "게으름에 대한
    /// 철학자들의 견해", "거짓말의 심리학", "지각 줄이기 위한 규칙", "무관심한 태도를 바꾸는 캠페인", "부족했던 점을
    /// 성찰하고", "나태함을 경계하는 구절".
    static let topicFrames = Cues([
        "에 대한", "에 관한", "의 심리", "을 주제로", "를 주제로", "'을 주제로", "'를 주제로", "을 경계", "를 경계", "이기 위한", "이기 위해",
        "위한 ", "개선 아이디어", "개선 방안", "개선안", "바꾸는 캠페인", "캠페인", "을 성찰", "를 성찰", "점을 성찰", "철학", "구절", "심리학",
        "을 분석", "를 분석", "의 내면", "내면 분석", "다룬 ", "과 연결", "와 연결", "을 사례로", "를 사례로", "안건", "'를 ", "'을 ",
    ])

    /// A shortcoming in the past tense with what the student then achieved in the same sentence:
    /// "서툴던 기타 연주, 매일 연습해서 공연까지 해냄", "어려워했던 발표를 끝까지 해냄".
    static func isOvercome(_ text: ScalarText, _ match: Range<Int>) -> Bool {
        // The clause's verb may be the match's word or the one after it ("못 맞췄는데").
        let own = text.wordRange(around: max(match.lowerBound, match.upperBound - 1))
        let next = text.nextWord(after: own.upperBound)
        let words = [text.slice(own)] + (next.map { [text.slice($0)] } ?? [])
        let sentence = text.sentenceRange(containing: match.lowerBound)
        let after = match.upperBound..<sentence.upperBound
        // "임원선거 낙선 후에도 게시판 도우미를 자원함": what the student went on to do despite it.
        // "떨어졌음에도 다시 출마함": the word the match ends in may say it.
        let ownWord = text.slice(own)
        if despite.starts(in: text, at: own.upperBound) || ownWord.hasSuffix("음에도") || ownWord.hasSuffix("는데도"),
           sentence.upperBound - own.upperBound > 12
        {
            return true
        }
        // "말다퉜으나 다음날 먼저 사과하고 …": what the student did about it, after any past set against it,
        // is the sentence the record keeps (the drafts write answered shortcomings so).
        // "말다퉜으나 담임 중재로 서로 사과": an answer someone else brought about is not the student's.
        if words.contains(where: Self.isPastContrast), answers.occurs(in: text, after), !NegativeLexicon.otherMediators.occurs(in: text, after) { return true }
        guard words.contains(where: { word in ["던", "었으나", "었지만", "더니"].contains(where: word.hasSuffix) }) else { return false }
        return ChangeWords.cues.occurs(in: text, after) || achievements.occurs(in: text, after)
    }

    /// "었으나", "말다퉜으나", "떨었지만": a past (ㅆ under the syllable) set against what follows.
    private static func isPastContrast(_ word: String) -> Bool {
        guard let ending = ["으나", "지만"].first(where: word.hasSuffix) else { return false }
        guard let past = word.dropLast(ending.count).unicodeScalars.last else { return false }
        return Hangul.finalIndex(past) == Hangul.Final.ssangSiot
    }

    /// What goes on despite a shortcoming, right after it: "낙선 후에도", "떨어졌음에도".
    static let despite = Cues([" 후에도 ", " 뒤에도 ", "에도 불구하고 ", " 이후에도 "])

    static let achievements = Cues(["해냄", "해 냄", "해냈", "성공", "완주", "완성", "극복", "끝까지", "공연까지", "발표까지", "무대", "꾸준히 해서"])
    /// What a student did about a shortcoming: "먼저 사과하고", "화해함", "연습하여".
    static let answers = Cues(["사과", "화해", "연습하", "연습함", "연습을", "노력하", "노력함", "보완하", "보완함", "고쳐", "고침", "개선하", "개선함"])

    static func isNamedAsTopic(_ text: ScalarText, _ match: Range<Int>) -> Bool {
        let sentence = text.sentenceRange(containing: match.lowerBound)
        // "왜 물웅덩이가 늦게 마를까?": a question asked about the world names what it asks about.
        if Style.endsAsAQuestion(text.slice(match.upperBound..<sentence.upperBound)) { return true }
        return topicFrames.occurs(in: text, match.upperBound..<min(sentence.upperBound, match.upperBound + 16))
    }

    /// The words modify a topic noun ("떨어지는 원인") or ask a question ("왜 잠이 드는지").
    static func isTopic(_ text: ScalarText, _ match: Range<Int>) -> Bool {
        guard let modifier = modifierWord(text, after: match) else { return false }
        let word = text.slice(modifier)
        if word.hasSuffix("는지") || word.hasSuffix("은지") || word.hasSuffix("던지") { return true }
        guard let next = text.nextWord(after: modifier.upperBound), next.lowerBound - modifier.upperBound <= 1 else { return false }
        return topicNouns.starts(in: text, at: next.lowerBound)
    }

    /// The first word from the match on (at most two words on) that ends as a noun modifier (-는,
    /// -은, -ㄴ, -던, -ㄹ) or an embedded question (-는지), within the clause.
    private static func modifierWord(_ text: ScalarText, after match: Range<Int>) -> Range<Int>? {
        var word = text.wordRange(around: max(match.lowerBound, match.upperBound - 1))
        if word.upperBound < match.upperBound { word = word.lowerBound..<match.upperBound }
        for _ in 0..<3 {
            guard word.upperBound > word.lowerBound, let last = Hangul.decompose(text.scalars[word.upperBound - 1]) else { return nil }
            let lastScalar = text.scalars[word.upperBound - 1]
            // "적지만", "있는데도" end a clause: what follows is not what they describe.
            if text.slice(word).hasSuffix("지만") { return nil }
            // "구경만 하던 친구": 만 is a particle, and the modifier is the word after it.
            if lastScalar == "만", word.upperBound < text.count, text.scalars[word.upperBound] == " ",
               let next = text.nextWord(after: word.upperBound), next.lowerBound == word.upperBound + 1
            {
                word = next
                continue
            }
            let isModifier = last.final == Hangul.Final.nieun || last.final == Hangul.Final.rieul || lastScalar == "던" || lastScalar == "지"
            if isModifier && !(lastScalar == "지" && !(text.slice(word).hasSuffix("는지") || text.slice(word).hasSuffix("은지"))) {
                return word
            }
            // A clause ends at a connective ("안 해서 다른 친구들이") or a comma; only a modifier right
            // after the words counts.
            if ["서", "고", "며", "면", "니", "데"].contains(where: text.slice(word).hasSuffix) { return nil }
            guard word.upperBound < text.count, text.scalars[word.upperBound] == " ",
                  let next = text.nextWord(after: word.upperBound), next.lowerBound == word.upperBound + 1
            else { return nil }
            word = next
        }
        return nil
    }

    // MARK: aspects

    static func aspect(_ kind: NegativeEntry.Aspect, _ text: ScalarText, _ match: Range<Int>, sentence: Range<Int>) -> String {
        switch kind {
        case .fixed(let aspect):
            return aspect
        case .byCue(let pairs, let fallback):
            let sentenceText = text.slice(sentence)
            return pairs.first { sentenceText.includes($0.cue) }?.aspect ?? fallback
        case .subject(let fallback):
            return subjectPhrase(text, at: match.lowerBound, sentence: sentence) ?? fallback
        case .predicate(let fallback):
            return predicatePhrase(text, match, sentence: sentence) ?? fallback
        }
    }

    /// The noun phrase before the match: "발표 전달력이 떨어짐" → 발표 전달력, "연습 부족" → 연습,
    /// "이해에 어려움" → 이해.
    static func subjectPhrase(_ text: ScalarText, at position: Int, sentence: Range<Int>) -> String? {
        var nounRange: Range<Int>
        if !text.isWordStart(position) {
            // "집중력이 약함" matched from 이: the noun is the start of that word.
            let word = text.wordRange(around: position)
            nounRange = word.lowerBound..<position
        } else {
            guard var word = text.previousWord(before: position), word.lowerBound >= sentence.lowerBound else { return nil }
            var hops = 0
            while adverbs.contains(text.slice(word)), hops < 2, let previous = text.previousWord(before: word.lowerBound),
                  previous.lowerBound >= sentence.lowerBound
            {
                word = previous
                hops += 1
            }
            let wordText = text.slice(word)
            if let particle = particles.first(where: { wordText.hasSuffix($0) && wordText.count > $0.count }) {
                nounRange = word.lowerBound..<(word.upperBound - particle.unicodeScalars.count)
            } else if isBareNoun(wordText) {
                nounRange = word
            } else {
                return nil
            }
        }
        guard (1...8).contains(nounRange.count), text.scalars[nounRange].allSatisfy(Hangul.isSyllable) else { return nil }
        var phrase = text.slice(nounRange)
        if adverbs.contains(phrase) || phrase.count < 2 && !["힘", "말", "글", "꿈"].contains(phrase) { return nil }
        // One bare noun before it belongs to the phrase: "수업 집중도", "발표 목소리".
        if let previous = text.previousWord(before: nounRange.lowerBound), previous.lowerBound >= sentence.lowerBound,
           nounRange.lowerBound - previous.upperBound == 1
        {
            let previousText = text.slice(previous)
            if isBareNoun(previousText), (2...4).contains(previous.count), !adverbs.contains(previousText) {
                phrase = previousText + " " + phrase
            }
        }
        return phrase
    }

    /// A word without a particle or a predicate ending: "발표", "과제", "수업".
    private static func isBareNoun(_ word: String) -> Bool {
        guard let last = word.unicodeScalars.last, Hangul.isSyllable(last), word.unicodeScalars.allSatisfy(Hangul.isSyllable) else {
            return false
        }
        if "고며서게히지면아어니데도에의를을이가은는와과로만나요다함음임됨".unicodeScalars.contains(last) { return false }
        let final = Hangul.finalIndex(last) ?? 0
        // Modifiers (-ㄴ, -ㄹ) and past forms are not nouns ("어려운", "했을").
        return final != Hangul.Final.rieul && final != Hangul.Final.ssangSiot && !(final == Hangul.Final.nieun && word.count > 2 && !word.hasSuffix("관"))
    }

    /// The action not done: "과제를 제출하지 않음" → 과제 제출, "준비물을 챙기지 못함" → 준비물 챙기기,
    /// "발표를 제대로 하지 못함" → 발표.
    static func predicatePhrase(_ text: ScalarText, _ match: Range<Int>, sentence: Range<Int>) -> String? {
        var verbWord: Range<Int>?
        if text.hasText("지", at: match.lowerBound) {
            let word = text.wordRange(around: match.lowerBound)
            verbWord = word.lowerBound..<(match.lowerBound + 1)
        } else if let previous = text.previousWord(before: match.lowerBound), previous.lowerBound >= sentence.lowerBound,
                  text.scalars[previous.upperBound - 1] == "지"
        {
            verbWord = previous
        }
        var noun = ""
        var searchBefore = match.lowerBound
        if let verbWord {
            let stem = String(text.slice(verbWord).dropLast())
            if stem.hasSuffix("하") && stem.count >= 3 {
                noun = String(stem.dropLast())
            } else if stem != "하" && !stem.isEmpty {
                noun = stem + "기"
            }
            searchBefore = verbWord.lowerBound
        }
        var object = ""
        var cursor = searchBefore
        for _ in 0..<3 {
            guard let previous = text.previousWord(before: cursor), previous.lowerBound >= sentence.lowerBound else { break }
            let word = text.slice(previous)
            if adverbs.contains(word) || word == "못" || word == "안" {
                cursor = previous.lowerBound
                continue
            }
            if (word.hasSuffix("을") || word.hasSuffix("를")) && word.count >= 2 {
                object = String(word.dropLast())
            } else if (word.hasSuffix("과") || word.hasSuffix("와")) && word.count >= 3 && !noun.isEmpty {
                object = word  // "친구들과 어울리기"
            }
            break
        }
        let phrase = [object, noun].filter { !$0.isEmpty }.joined(separator: " ")
        return phrase.isEmpty || phrase.count > 16 ? nil : phrase
    }

    /// Duties as the short negation writes them: "숙제를 자꾸 안 해 와요", "교과서도 안 폄", "히라가나도 아직
    /// 못 외웠음", "자리에 안 앉아 있음". A modifier counts only before a habit noun ("안 해 오는 날이
    /// 많음"): "안 쓰는 물건을 기부함", "안 읽는 책을 모아 바꿈" say what the things are.
    static let dutyWordStarts = Cues([
        "하", "해", "했", "함", "한 ", "읽", "외우", "외워", "외웠", "외움", "지키", "지켜", "지켰", "지킴", "앉", "고치", "고쳐", "고쳤", "고침",
        "펴", "폄", "폈", "펼", "신고", "신어", "내놓", "챙기", "챙겨", "챙겼", "챙김", "가져오", "가져와", "가져왔", "가져옴", "듣", "들어",
        "들었", "들음", "써 ", "써서", "썼", "씀", "풀", "끝내", "끝냈", "끝냄", "치우", "치워", "치웠", "치움", "씻", "따르", "따라", "따랐",
        "따름", "세우", "세워", "세웠", "세움", "적어", "적었", "적음", "내고", "내서", "냈", "냄", "오고", "와서", "왔", "옴", "와요", "와.",
        "나오", "나와", "나왔", "나옴", "까딱", "인정", "맞추", "맞춰", "맞췄", "맞춤", "외워", "입고", "입어", "입었", "입음", "듦", "들고",
        "걸음", "걸어", "걸고", "움직", "움직이",
    ])
    /// Faults whose absence the short negation reports: "지각 안 함", "실수 안 하고".
    private static let faultsNotDone: Set<String> = [
        "지각", "결석", "조퇴", "결과", "실수", "포기", "불평", "불만", "낙오", "말썽", "장난", "다툼", "싸움", "잡담", "딴짓", "결석도", "지각도",
        // "부탁받으면 거절 안 하고 끝까지 해 줌", "힘든 내색 안 함": not refusing, not complaining.
        "거절", "내색", "티", "불평도", "핑계",
    ]
    private static let habitNouns = Cues(["날", "경우", "일이", "일도", "때가", "편", "적이", "적 "])

    @Sendable static func isDutyLeftUndone(_ text: ScalarText, _ match: Range<Int>) -> Bool {
        guard let verb = text.nextWord(after: match.upperBound), verb.lowerBound == match.upperBound,
              dutyWordStarts.starts(in: text, at: verb.lowerBound)
        else { return false }
        let word = text.slice(verb)
        // "포기 안 하고", "지각 안 함": a fault not done is praise.
        if let before = text.previousWord(before: match.lowerBound) {
            let noun = text.slice(before)
            if faultsNotDone.contains(noun) || praisedWhenNegated.contains(noun + "하") { return false }
        }
        // "안 해도 됨", "못 하게 막음", "안 하도록": a permission or someone else kept from it.
        if ["도", "게", "도록", "려고", "면"].contains(where: word.hasSuffix) { return false }
        guard let last = Hangul.decompose(text.scalars[verb.upperBound - 1]) else { return true }
        let isModifier = last.final == Hangul.Final.nieun && !word.hasSuffix("한") || word.hasSuffix("는") || word.hasSuffix("던")
        guard isModifier else { return true }
        guard let noun = text.nextWord(after: verb.upperBound) else { return false }
        return habitNouns.starts(in: text, at: noun.lowerBound)
    }

    /// "과제를 제출하지 않음", "수업을 듣지 않음": a duty verb before 지 않.
    @Sendable static func isDutyNotDone(_ text: ScalarText, _ match: Range<Int>) -> Bool {
        let word = text.wordRange(around: match.lowerBound)
        guard word.lowerBound < match.lowerBound else { return false }
        let stem = text.slice(word.lowerBound..<match.lowerBound)
        if praisedWhenNegated.contains(where: { stem.hasSuffix($0) }) && !dutyStems.contains(stem) { return false }
        if dutyStems.contains(stem) { return true }
        if stem.hasSuffix("하") {
            let noun = String(stem.dropLast())
            return dutyNouns.contains(noun) || dutyNouns.contains { noun.hasSuffix($0) && noun.count <= $0.count + 2 }
        }
        return dutyStems.contains { stem.hasSuffix($0) && $0.count >= 2 }
    }
}
