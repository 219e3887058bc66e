import RecordRules

/// Turns one notes sentence into record sentences: only the final predicate changes (했다, 해요,
/// 합니다 → 함; a bare action noun → 함), and a 개조식 fragment becomes a whole sentence that says
/// what the fragment says (`역사 신문 만들기 모둠장` → `역사 신문 만들기 활동에서 모둠장을 맡음.`).
/// Everything before the predicate — connectives, objects, order — is the teacher's own.
enum SentenceForms {
    /// Roles a fragment can end in ("학급 환경부장", "모둠장"). 주장 is left out: it is also "a claim".
    private static let roleSuffixes = [
        "위원장", "부위원장", "편집장", "부반장", "부회장", "부장", "반장", "회장", "모둠장", "조장", "팀장", "단장", "의장",
        "위원", "대표", "총무", "서기", "기록자", "발표자", "사회자", "진행자", "도우미", "멘토", "리더", "기자",
    ]
    /// Words naming a group a role belongs to, written before the role as they are: "학급 환경부장을 맡음".
    private static let units: Set<String> = [
        "학급", "학년", "전교", "반", "동아리", "학생회", "모둠", "조", "팀", "부서", "학생자치회", "자치회", "1학기", "2학기",
    ]
    /// Words that already name an activity: "토론 수업에서 사회자를 맡음", not "토론 수업 활동에서".
    private static let activityHeads = [
        "활동", "수업", "프로젝트", "행사", "캠페인", "시간", "단원", "실험", "토론", "회의", "축제", "발표회", "체험", "탐구",
    ]
    /// Evaluations a fragment can end in: "연표 정리 우수" → "연표 정리가 우수함".
    private static let evaluations: [String: String] = [
        "우수": "우수함", "성실": "성실함", "꼼꼼": "꼼꼼함", "원활": "원활함", "활발": "활발함", "적극적": "적극적임",
        "능숙": "능숙함", "뛰어남": "뛰어남", "돋보임": "돋보임", "명확": "명확함", "정확": "정확함", "꾸준": "꾸준함",
        "논리적": "논리적임", "체계적": "체계적임", "구체적": "구체적임", "능동적": "능동적임", "주도적": "주도적임", "인상적": "인상적임",
    ]
    /// Action nouns whose object takes 에: "토론 대회" is forbidden anyway; "봉사 활동 참여" → "봉사 활동에 참여함".
    private static let takesE: Set<String> = ["참여", "참가", "기여", "적응", "도전"]
    /// Particles a word can end in; a word ending in one is not given another.
    private static let particleEndings = ["에서", "에게", "으로", "로", "에", "의", "을", "를", "이", "가", "은", "는", "과", "와", "도", "만"]

    /// The record sentences for one cleaned notes sentence, each ending in a noun form and a period.
    static func recordSentences(from sentence: String) -> [String] {
        let body = strippedEnd(sentence)
        guard !body.isEmpty else { return [] }
        if hasPredicate(body) {
            return [Style.convertSentence(body)]
        }
        let items = fragmentItems(body)
        var sentences: [String] = []
        var pendingActions: [String] = []
        func flushActions() {
            guard !pendingActions.isEmpty else { return }
            let joined = pendingActions.dropLast().map { ClauseForms.connective($0, preferGo: true) } + [pendingActions.last!]
            sentences.append(joined.joined(separator: " ") + ".")
            pendingActions.removeAll()
        }
        for item in items {
            let (text, isAction) = fragmentSentence(item)
            if isAction {
                pendingActions.append(text)
            } else {
                flushActions()
                sentences.append(text + ".")
            }
        }
        flushActions()
        return sentences
    }

    private static func strippedEnd(_ sentence: String) -> String {
        var text = Substring(sentence.trimmed)
        while let last = text.unicodeScalars.last, ScalarText.isSentenceTerminator(last) || last == "~" || last == " " {
            text = text.dropLast()
        }
        return String(text)
    }

    /// Whether the last word is a predicate (했다, 해요, 함, 있음 …) rather than a noun.
    static func hasPredicate(_ body: String) -> Bool {
        let lastWord = body.split(separator: " ").last.map(String.init) ?? body
        let syllables = lastWord.unicodeScalars.filter(Hangul.isSyllable)
        guard let last = syllables.last else { return true }
        if Style.isNounEnding(last) { return !Style.isVerbalNoun(lastWord) }
        let word = String(scalars: syllables)
        return VerbStem.stem(of: word, at: .sentenceFinal) != nil || VerbStem.stem(ofBarePast: word) != nil
            || VerbStem.stem(of: word, at: .connective) != nil
    }

    /// A fragment line split at commas when its items are phrases of their own, each ending in what
    /// it says of the student ("역사 신문 만들기 모둠장, 근현대사 연표 정리 우수"); a list of things
    /// ("토론, 발표, 보고서 작성", "세 지점 pH, 용존산소 측정") stays one item.
    private static func fragmentItems(_ body: String) -> [String] {
        let parts = body.split(separator: ",").map { String($0).trimmed }.filter { !$0.isEmpty }
        guard parts.count > 1, parts.allSatisfy({ part in
            let words = part.split(separator: " ").map(String.init)
            guard words.count >= 2, let last = words.last else { return false }
            return isRole(last) || evaluations[last] != nil || last == "담당" || Style.endsWithVerbalNoun(last)
        }) else { return [body] }
        return parts
    }

    /// One fragment item as a whole sentence without the period, and whether it is a plain action
    /// ("그래프 작성함") that may be joined to the next one.
    private static func fragmentSentence(_ item: String) -> (String, Bool) {
        var words = item.split(separator: " ").map(String.init)
        guard let last = words.popLast() else { return (item, false) }
        let before = words.joined(separator: " ")
        if let evaluation = evaluations[last], !before.isEmpty {
            return ("\(withParticle(before, "이", "가")) \(evaluation)", false)
        }
        if last == "담당" && !before.isEmpty {
            return ("\(withParticle(before, "을", "를")) 담당함", false)
        }
        if isRole(last) {
            let role = last + Hangul.particle(after: last, withFinal: "을", withoutFinal: "를")
            guard let lastBefore = words.last else { return ("\(role) 맡음", false) }
            if words.count == 1 && units.contains(lastBefore) || words.allSatisfy(units.contains) {
                return ("\(before) \(role) 맡음", false)
            }
            if activityHeads.contains(where: { lastBefore.hasSuffix($0) }) {
                return ("\(withParticle(before, "에서", "에서")) \(role) 맡음", false)
            }
            return ("\(before) 활동에서 \(role) 맡음", false)
        }
        if takesE.contains(last), !before.isEmpty {
            return ("\(withParticle(before, "에", "에")) \(last)함", true)
        }
        let converted = Style.convertSentence(item)
        let sentence = String(converted.dropLast())
        return (sentence, sentence.hasSuffix("함"))
    }

    private static func isRole(_ word: String) -> Bool {
        roleSuffixes.contains { word.hasSuffix($0) } && word.count <= 7
    }

    /// The phrase with a particle on its last word, unless that word already ends in one.
    private static func withParticle(_ phrase: String, _ withFinal: String, _ withoutFinal: String) -> String {
        let lastWord = phrase.split(separator: " ").last.map(String.init) ?? phrase
        if lastWord.count >= 3, particleEndings.contains(where: { lastWord.hasSuffix($0) }) { return phrase }
        return phrase + Hangul.particle(after: phrase, withFinal: withFinal, withoutFinal: withoutFinal)
    }
}
