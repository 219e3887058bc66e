import RecordRules

/// Turns one notes sentence into record sentences: only the final predicate changes (했다, 해요,
/// 합니다 → 함; a bare action noun → 함), and a 개조식 fragment becomes a whole sentence that says
/// what the fragment says (`역사 신문 만들기 모둠장` → `역사 신문 만들기 활동에서 모둠장을 맡음.`).
/// Everything before the predicate — connectives, objects, order — is the teacher's own.
enum SentenceForms {
    /// Roles a fragment can end in ("학급 환경부장", "모둠장"). 주장 is left out: it is also "a claim".
    private static let roleSuffixes = [
        "위원장", "부위원장", "편집장", "부반장", "부회장", "부장", "반장", "회장", "차장", "국장", "총괄", "모둠장", "조장", "팀장", "단장", "의장",
        "위원", "대표", "총무", "서기", "기록자", "발표자", "사회자", "진행자", "도우미", "멘토", "리더", "기자", "PD", "감독", "실장", "동아리장", "주장", "기장",
        "파트장", "분단장", "부대표",
    ]
    /// Settings where 사회 is the chair, not the subject: "학급회의 사회", "공청회 사회".
    private static let chairedEvents = ["회의", "공청회", "토론", "토의", "총회", "발표회", "행사", "대회", "간담회", "설명회", "회"]
    /// What is done to a student chosen for a role: "3월 반장 선출" → "3월 반장으로 선출됨".
    private static let chosen: Set<String> = ["선출", "당선", "선발", "임명", "위촉", "발탁", "지명"]
    /// Words naming a group a role belongs to, written before the role as they are: "학급 환경부장을 맡음".
    private static let units: Set<String> = [
        "학급", "학년", "전교", "반", "동아리", "학생회", "모둠", "조", "팀", "부서", "학생자치회", "자치회", "1학기", "2학기",
    ]
    /// Words that already name an activity: "토론 수업에서 사회자를 맡음", not "토론 수업 활동에서".
    static let activityHeads = [
        "활동", "수업", "프로젝트", "행사", "캠페인", "시간", "단원", "실험", "토론", "회의", "축제", "발표회", "체험", "탐구",
    ]
    /// Evaluations a fragment can end in: "연표 정리 우수" → "연표 정리가 우수함".
    private static let evaluations: [String: String] = [
        "우수": "우수함", "성실": "성실함", "꼼꼼": "꼼꼼함", "원활": "원활함", "활발": "활발함", "적극적": "적극적임",
        "능숙": "능숙함", "뛰어남": "뛰어남", "돋보임": "돋보임", "명확": "명확함", "정확": "정확함", "꾸준": "꾸준함",
        "논리적": "논리적임", "체계적": "체계적임", "구체적": "구체적임", "능동적": "능동적임", "주도적": "주도적임", "인상적": "인상적임",
        "침착": "침착함", "차분": "차분함", "성숙": "성숙함", "진지": "진지함", "훌륭": "훌륭함", "탁월": "뛰어남", "원만": "원만함",
        "깔끔": "깔끔함", "신중": "신중함", "섬세": "섬세함", "유창": "유창함", "풍부": "풍부함", "창의적": "창의적임",
    ]
    /// A line naming only the student's club: "과학탐구동아리", "과학탐구동아리(생명과학반)".
    private static let clubSuffixes = ["동아리", "동아리)", "반)"]
    /// Pieces of writing a fragment can end in, and the verb that makes them.
    private static let writings: [String: String] = [
        "소감문": "씀", "감상문": "씀", "독후감": "씀", "에세이": "씀", "일지": "씀", "보고서": "작성함", "계획서": "작성함",
        "건의문": "작성함", "기사문": "작성함",
    ]
    /// Members of a group: "과학실험동아리(화학반) 부원" → "… 부원으로 활동함".
    private static let memberSuffixes = ["부원", "회원", "팀원", "조원", "모둠원", "단원들", "기자단원"]
    /// Action nouns that, after a bare noun, always take it as their object: "보고서 작성" → "보고서를
    /// 작성함", "간호사 희망" → "간호사를 희망함". Not 발표, 탐구, 정리 …, whose noun before is as often a
    /// modifier ("모둠 발표", "과학 탐구").
    private static let takesObject: Set<String> = [
        "작성", "제작", "설계", "제안", "분석", "측정", "관찰", "수집", "제출", "희망", "완성", "편집", "촬영", "해석", "요약",
        "번역", "계산", "증명", "조사", "건의", "작곡", "편곡", "개발", "도출", "인용", "수정", "보완", "구현", "배포", "게시",
        "설치", "스케치", "필사", "선정", "기획", "개선", "제시", "설문조사", "지적", "비교", "발견", "탐색", "정리", "점검",
        "검토", "공유", "소개", "표현", "비판", "반박", "예측", "추론", "구상", "시연", "재구성", "검증", "담당", "추가", "언급",
        "확정", "추출", "공모", "디자인", "첨부", "작도", "제조", "고안", "취합",
    ]
    /// Nouns before an action noun that name where or in which lesson, not what was acted on.
    private static let settingNouns: Set<String> = [
        "모둠", "학급", "반", "팀", "조", "동아리", "개인", "조별", "그룹", "직접", "함께", "스스로", "다시", "모두", "먼저", "꾸준히", "끝까지",
        "매주", "매일", "매달", "매번", "매년", "항상", "처음", "나중", "평소", "주말", "방학", "오늘", "이번", "학기", "따로", "미리",
    ]

    /// Nouns that only say when or within what ("기한 내 제출", "수업 중 질문", "방과 후 연습"): never
    /// what was done.
    private static let boundNouns: Set<String> = ["내", "중", "간", "후", "전", "뒤", "안", "밖", "때", "이내", "동안", "사이", "무렵", "즈음", "직후", "직전"]

    /// Adverbs with no 히/게 to show it: never a subject or an object.
    private static let adverbs: Set<String> = [
        "가장", "매우", "아주", "점차", "점점", "차츰", "더", "더욱", "훨씬", "특히", "정말", "많이", "조금", "꽤", "무척", "늘", "자주",
        "부쩍", "한층", "다소", "비교적", "제법", "너무", "워낙", "날로", "갈수록", "계속", "꾸준", "전혀", "거의", "대부분", "모두", "서로",
    ]
    /// Time nouns that place what follows ("상담 후", "수업 중"): an object never stands before them.
    private static let timeNouns: Set<String> = [
        "후", "전", "중", "뒤", "때", "동안", "이후", "이전", "직후", "무렵", "내내", "다음", "처음", "마지막", "끝", "요즘", "최근", "이제",
    ]
    /// Groups that are the subject of the action noun after them.
    private static let collectives: Set<String> = ["전체", "모두", "전원", "다같이", "친구들", "학생들", "부원들", "모둠원들", "반원들", "학급 전체"]
    /// Action nouns whose object takes 에: "토론 대회" is forbidden anyway; "봉사 활동 참여" → "봉사 활동에 참여함".
    private static let takesE: Set<String> = ["참여", "참가", "기여", "적응", "도전"]
    /// "1년", "3개월", "2주": a length of time.
    private static func isDuration(_ word: String) -> Bool {
        let digits = word.prefix { $0.isNumber }
        guard !digits.isEmpty else { return false }
        return ["년", "년간", "개월", "주", "주간", "달", "학기", "일", "일간", "시간"].contains(String(word.dropFirst(digits.count)))
    }

    /// Particles a word can end in; a word ending in one is not given another.
    private static let particleEndings = ["에서", "에게", "으로", "로", "에", "의", "을", "를", "이", "가", "은", "는", "과", "와", "도", "만",
                                          "까지", "부터", "마다", "처럼", "조차", "보다", "만큼", "로서", "로써"]

    /// Whether the word ends in a particle's syllable and is not a noun that ends so itself.
    private static func hasParticleEnding(_ word: String) -> Bool {
        guard let particle = particleEndings.first(where: word.hasSuffix) else { return false }
        guard Style.nounsEndingLikeParticles.contains(where: word.hasSuffix) else { return true }
        // "농도로" ends like 도로 but is 농도 and 로: a noun of the list before the particle.
        let before = String(word.dropLast(particle.count))
        // "발음 연습도", "질문지도": an action or a sheet before 도 is that noun and the particle, never
        // 습도 or 지도.
        if particle == "도", Style.endsWithVerbalNoun(before) || sheets.contains(where: before.hasSuffix) { return true }
        return Style.nounsEndingLikeParticles.contains(where: before.hasSuffix)
    }

    /// Sheets a student fills or hands out, which end in 지 as 지도 does.
    private static let sheets = ["질문지", "설문지", "활동지", "학습지", "기록지", "점검지", "답안지", "안내지", "평가지", "전단지"]

    /// The record sentences for one cleaned notes sentence, each ending in a noun form and a period,
    /// phrased as a record phrases them.
    static func recordSentences(from sentence: String) -> [String] {
        closedSentences(from: sentence).map(RecordPhrasing.rewritten)
    }

    /// The sentences with their predicates closed, in the teacher's own wording.
    private static func closedSentences(from sentence: String) -> [String] {
        var body = strippedEnd(Shorthand.writtenOut(sentence))
        guard !body.isEmpty else { return [] }
        if let reported = Style.pastReported(body) { body = reported }
        // "탐구 보고서 제출: 해바라기 씨 배열 사진을 찍어 …": an action, then what it held, said whole.
        if let colon = body.range(of: ": ") {
            let action = String(body[..<colon.lowerBound])
            let content = String(body[colon.upperBound...])
            if let last = action.split(separator: " ").last, action.split(separator: " ").count >= 2, Style.endsWithVerbalNoun(String(last)),
               hasPredicate(strippedEnd(content)) || endsInAuxiliary(strippedEnd(content)), content.split(separator: " ").count >= 3
            {
                return recordSentences(from: action) + recordSentences(from: content)
            }
        }
        if hasPredicate(body) {
            if let list = listEndingInPredicate(body) { return recordSentences(from: list.items) + recordSentences(from: list.last) }
            return [subjectMarked(withoutContrast(Style.convertSentence(body)))]
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
        var pendingRoles: [String] = []
        func flushRoles() {
            guard !pendingRoles.isEmpty else { return }
            // "학급 부회장, 모둠장" → "학급 부회장과 모둠장을 맡음".
            let joined = pendingRoles.dropLast().map { $0 + Hangul.particle(after: $0, withFinal: "과", withoutFinal: "와") } + [pendingRoles.last!]
            let last = pendingRoles.last!
            sentences.append(joined.joined(separator: " ") + Hangul.particle(after: last, withFinal: "을", withoutFinal: "를") + " 맡음.")
            pendingRoles.removeAll()
        }
        for item in items {
            if items.count > 1, isPlainRole(item) {
                flushActions()
                pendingRoles.append(item)
                continue
            }
            flushRoles()
            let (text, isAction) = fragmentSentence(item)
            if isAction {
                pendingActions.append(text)
            } else {
                flushActions()
                sentences.append(text + ".")
            }
        }
        flushActions()
        flushRoles()
        return sentences
    }

    /// Descriptive predicates a bare noun before them is the subject of: "수업 태도 바름" → "수업 태도가 바름".
    static let descriptivePredicates: Set<String> = Set(evaluations.values).union([
        "바름", "좋음", "많음", "높음", "큼", "빠름", "깊음", "넓음", "밝음", "남다름", "예리함", "독창적임", "탁월함", "분명함", "강함", "넘침",
        "자연스러움", "바람직함", "눈에 띔", "생김", "두드러짐", "향상됨", "늘어남", "좋아짐", "나아짐", "깊어짐", "넓어짐", "높아짐", "빨라짐",
    ])

    private static func subjectMarked(_ sentence: String) -> String {
        let words = sentence.split(separator: " ").map(String.init)
        guard let last = words.last else { return sentence }
        return subjectMarked(words, predicate: String(last.dropLast(last.hasSuffix(".") ? 1 : 0))).joined(separator: " ")
    }

    private static let degreeWords: Set<String> = ["매우", "아주", "정말", "꽤", "상당히", "특히", "늘", "항상"]

    /// The words with the bare noun before a closing descriptive predicate marked as its subject.
    static func subjectMarked(_ words: [String], predicate: String) -> [String] {
        guard words.count >= 2, descriptivePredicates.contains(predicate) else { return words }
        // "박자감 매우 좋음": a degree word between the subject and its predicate.
        let nounIndex = words.count >= 3 && degreeWords.contains(words[words.count - 2]) ? words.count - 3 : words.count - 2
        let noun = words[nounIndex]
        guard isBareNoun(noun), !isMannerWord(noun), !isEvaluation(noun), !degreeWords.contains(noun) else { return words }
        var marked = words
        marked[nounIndex] = noun + Hangul.particle(after: noun, withFinal: "이", withoutFinal: "가")
        return marked
    }

    /// A role with at most the group it belongs to: "모둠장", "학급 부회장".
    private static func isPlainRole(_ item: String) -> Bool {
        let words = item.split(separator: " ").map(String.init)
        guard let last = words.last, isRole(last) else { return false }
        return words.dropLast().allSatisfy(units.contains)
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
        if Style.isNounEnding(last) {
            return !Style.isVerbalNoun(lastWord) && !isEvaluation(lastWord) && !Style.isNounEndingInMieum(lastWord)
        }
        let word = String(scalars: syllables)
        return VerbStem.stem(of: word, at: .sentenceFinal) != nil || VerbStem.stem(ofBarePast: word) != nil
            || VerbStem.stem(of: word, at: .connective) != nil
    }

    /// Predicates a contrastive 은/는 before them would make a reservation ("정리정돈은 잘함": but
    /// nothing else); a record states the act plainly ("정리정돈을 잘함").
    private static let plainPredicates: Set<String> = ["잘함", "열심히 함", "꼼꼼히 함", "성실히 함", "꾸준히 함", "도맡아 함"]

    /// The sentence without the contrast the notes' 은/는 carry: "실습 때는 꼼꼼하게 기록함" →
    /// "실습 때 꼼꼼하게 기록함", "정리정돈은 잘함" → "정리정돈을 잘함".
    static func withoutContrast(_ sentence: String) -> String {
        // Most sentences have neither: a byte search decides before the words are split.
        guard sentence.includes("때는") || sentence.utf8.count <= 40 else { return sentence }
        var words = sentence.split(separator: " ").map(String.init)
        for index in words.indices where words[index].hasSuffix("때는") && index < words.count - 1 {
            words[index].removeLast()
        }
        if (2...4).contains(words.count) {
            let tail = String(words.suffix(from: 1).joined(separator: " ").reversed().drop { $0 == "." }.reversed())
            let topic = words[0]
            if plainPredicates.contains(tail), let marker = ["은", "는"].first(where: topic.hasSuffix) {
                let stem = String(topic.dropLast())
                if Style.isVerbalNoun(stem) || Style.endsWithVerbalNoun(stem) {
                    words[0] = stem + (marker == "은" ? "을" : "를")
                }
            }
        }
        return words.joined(separator: " ")
    }

    /// "세어 봄", "정리해 둠": a verb and the auxiliary after it, whose noun form can also be a noun (봄).
    static func endsInAuxiliary(_ body: String) -> Bool {
        let words = body.split(separator: " ")
        guard words.count >= 2, let last = words.last, ["봄", "줌", "둠", "냄", "놓음", "옴", "감"].contains(String(last)) else { return false }
        return ["어", "아", "여", "해"].contains { words[words.count - 2].hasSuffix($0) }
    }

    /// A fragment line split at commas when its items are phrases of their own, each ending in what
    /// it says of the student ("역사 신문 만들기 모둠장, 근현대사 연표 정리 우수"); a list of things
    /// ("토론, 발표, 보고서 작성", "세 지점 pH, 용존산소 측정") stays one item.
    private static func fragmentItems(_ body: String) -> [String] {
        let parts = body.split(separator: ",").map { String($0).trimmed }.filter { !$0.isEmpty }
        guard parts.count > 1, parts.allSatisfy(isFragmentItem) else { return [body] }
        return parts
    }

    /// A comma-separated phrase that ends in what it says of the student: a role, an evaluation, an
    /// action noun ("역사 신문 만들기 모둠장", "연표 정리 우수", "자료 제작").
    private static func isFragmentItem(_ part: String) -> Bool {
        let words = part.split(separator: " ").map(String.init)
        guard let last = words.last, words.count >= 2 || isRole(last) else { return false }
        return isRole(last) || evaluations[last] != nil || last == "담당" || Style.endsWithVerbalNoun(last)
    }

    /// "모둠장, 연표 정리 우수, 발표 자료 직접 제작함": fragment items before a last one that has its
    /// predicate are each a sentence of their own, not one run-on; nil when the line is not such a list.
    private static func listEndingInPredicate(_ body: String) -> (items: String, last: String)? {
        guard let comma = body.range(of: ",", options: .backwards) else { return nil }
        let items = String(body[..<comma.lowerBound]).trimmed
        let last = String(body[comma.upperBound...]).trimmed
        let parts = items.split(separator: ",").map { String($0).trimmed }
        guard parts.count >= 2, parts.allSatisfy(isFragmentItem), last.split(separator: " ").count >= 2 else { return nil }
        return (items, last)
    }

    /// The labels of a hope of more than one word: "진로 희망 약사"; a bare "진로 …" opens any career line.
    private static let hopeLabels = Shorthand.hopeLabels.filter { $0.count >= 4 }

    /// One fragment item as a whole sentence without the period, and whether it is a plain action
    /// ("그래프 작성함") that may be joined to the next one.
    private static func fragmentSentence(_ item: String) -> (String, Bool) {
        // "진로 희망 기상예보관": the career hoped for, with no colon after the label.
        for label in hopeLabels where item.hasPrefix(label + " ") {
            let career = item.dropFirst(label.count + 1).trimmed
            if (1...3).contains(career.split(separator: " ").count), !career.contains("("), !hasPredicate(career) {
                return (career + Hangul.particle(after: career, withFinal: "을", withoutFinal: "를") + " 희망함", false)
            }
        }
        // "정리노트 공유(요약본 12쪽)", "월 1회 측정(4~9월)": a note on an action is said after the action,
        // as a record notes it ("…를 공유함(요약본 12쪽)"), never as its object ("공유(…)를 함").
        if item.hasSuffix(")"), let open = item.lastIndex(of: "("), open > item.startIndex, item[item.index(before: open)] != " ",
           let action = item[..<open].split(separator: " ").last, Style.endsWithVerbalNoun(String(action))
        {
            let (sentence, plain) = fragmentSentence(String(item[..<open]))
            if sentence.hasSuffix("함") { return (sentence + item[open...], plain) }
        }
        var words = item.split(separator: " ").map(String.init)
        guard let last = words.popLast() else { return (item, false) }
        let before = words.joined(separator: " ")
        if let evaluation = evaluations[last], !before.isEmpty {
            // "평균을 낸 점이 돋보임": a subject already marked keeps its particle; "훨씬 깔끔" has none.
            if let subject = words.last, ["이", "가"].contains(where: subject.hasSuffix) && hasParticleEnding(subject) || notNouns.contains(subject) {
                return ("\(before) \(evaluation)", false)
            }
            return ("\(withParticle(before, "이", "가")) \(evaluation)", false)
        }
        if chosen.contains(last), let role = words.last, isRole(role) {
            return ("\(before)\(Hangul.particle(after: role, withFinal: "으로", withoutFinal: "로")) \(last)됨", false)
        }
        if last == "입장", !before.isEmpty {
            // "…'방향은 같았을 것'이라는 입장" is a view the student stated, not a side given.
            if before.contains("'") || before.contains("\"") { return ("\(item)을 밝힘", false) }
            // "토론에서 반대 입장" → "토론에서 반대 입장을 맡음": the side the student argued.
            return ("\(item)을 맡음", false)
        }
        if last == "담당" && !before.isEmpty {
            return ("\(withParticle(before, "을", "를")) 담당함", false)
        }
        if let roleWord = words.last, isRole(roleWord), let digits = last.firstIndex(where: { !$0.isNumber }), digits > last.startIndex,
           ["번", "회", "차례"].contains(String(last[digits...]))
        {
            // "토론 사회자 2번" → "토론에서 사회자를 2번 맡음": how often the role was taken.
            let role = roleWord + Hangul.particle(after: roleWord, withFinal: "을", withoutFinal: "를")
            let setting = words.dropLast().joined(separator: " ")
            if setting.isEmpty { return ("\(role) \(last) 맡음", false) }
            let place = activityHeads.contains(where: { setting.hasSuffix($0) }) ? withParticle(setting, "에서", "에서") : setting
            return ("\(place) \(role) \(last) 맡음", false)
        }
        if isRole(last) || isChair(last, after: words.last) {
            let role = last + Hangul.particle(after: last, withFinal: "을", withoutFinal: "를")
            guard let lastBefore = words.last else { return ("\(role) 맡음", false) }
            if isChair(last, after: lastBefore) {
                return ("\(withParticle(before, "에서", "에서")) \(role) 맡음", false)
            }
            if words.count == 1 && units.contains(lastBefore) || words.allSatisfy(units.contains) {
                return ("\(before) \(role) 맡음", false)
            }
            // "합창 시간 알토 파트장": the part names the role, what comes before it is where.
            if last == "파트장" {
                let setting = words.dropLast().joined(separator: " ")
                let place = setting.isEmpty ? "" : (setting.hasSuffix("시간") ? setting + "에 "
                    : activityHeads.contains(where: setting.hasSuffix) ? withParticle(setting, "에서", "에서") + " " : setting + " ")
                return ("\(place)\(lastBefore) \(role) 맡음", false)
            }
            if ["에서", "에", "의"].contains(where: lastBefore.hasSuffix)
                || ["부", "회", "위원회", "반", "팀", "단"].contains(where: lastBefore.hasSuffix) && lastBefore.count >= 2
            {
                // "사회 불평등 단원에서 모둠장", "학생자치회 환경부 차장": the group or setting is already said.
                return ("\(before) \(role) 맡음", false)
            }
            if activityHeads.contains(where: { lastBefore.hasSuffix($0) }) {
                return ("\(withParticle(before, "에서", "에서")) \(role) 맡음", false)
            }
            return ("\(before) 활동에서 \(role) 맡음", false)
        }
        if last == "활동", let lastBefore = words.last {
            // "축제 준비위원 활동" → "축제 준비위원으로 활동함"; "환경 정화 활동" → "환경 정화 활동을 함".
            if isRole(lastBefore) || memberSuffixes.contains(where: lastBefore.hasSuffix) {
                return ("\(before)\(Hangul.particle(after: lastBefore, withFinal: "으로", withoutFinal: "로")) 활동함", false)
            }
            return ("\(item)을 함", true)
        }
        if let group = words.last, Self.collectives.contains(group), Style.isVerbalNoun(last) {
            // "반 전체 참여" → "반 전체가 참여함": the group did it, not the student joining the group.
            return ("\(withParticle(before, "이", "가")) \(last)함", false)
        }
        if takesE.contains(last), let lastBefore = words.last, isDuration(lastBefore) {
            // "멘토로 1년 참여" → "멘토로 1년 동안 참여함": how long, not what was joined.
            // "2일간", "3년간" already say 동안.
            return ("\(before)\(lastBefore.hasSuffix("간") ? "" : " 동안") \(last)함", false)
        }
        if takesE.contains(last), !before.isEmpty {
            return ("\(withParticle(before, "에", "에")) \(last)함", true)
        }
        if last == "역할", !before.isEmpty {
            return ("\(item)을 함", true)
        }
        if clubSuffixes.contains(where: item.hasSuffix), !saysWhatWasDone(beforeParenthesis: item) {
            // "과학탐구동아리 (생명과학반)": the club the student is in.
            return ("\(item)에서 활동함", false)
        }
        if memberSuffixes.contains(where: last.hasSuffix), !before.isEmpty {
            return ("\(item)\(Hangul.particle(after: last, withFinal: "으로", withoutFinal: "로")) 활동함", false)
        }
        if let verb = writings[last], !before.isEmpty {
            // "… 인상 깊었다고 소감문" → "… 인상 깊었다고 소감문을 씀": a piece of writing is written.
            return ("\(item)\(Hangul.particle(after: last, withFinal: "을", withoutFinal: "를")) \(verb)", true)
        }
        if last == "관심", !before.isEmpty {
            // "기계공학 관심" → "기계공학에 관심을 가짐".
            return ("\(withParticle(before, "에", "에")) 관심을 가짐", false)
        }
        if last == "결론", !before.isEmpty {
            return ("\(item)을 내림", false)
        }
        if let means = meansLast(words, last: last) { return (means, true) }
        if let marked = objectMarked(words, before: last) {
            return ("\(marked.joined(separator: " ")) \(last)함", true)
        }
        if !before.isEmpty, let verb = Self.runActivities[last] {
            // "'1인 가구를 위한 공간 설계' 프로젝트" → "… 프로젝트를 진행함", not "… 프로젝트임".
            return ("\(item)\(Hangul.particle(after: last, withFinal: "을", withoutFinal: "를")) \(verb)", false)
        }
        if !before.isEmpty, last.count >= 3, last.hasSuffix("기"), VerbStem.stem(of: String(last.dropLast()) + "다", at: .sentenceFinal) != nil {
            // "급식 잔반 줄이기" → "급식 잔반 줄이기 활동을 함": the name of what was done.
            return ("\(item) 활동을 함", true)
        }
        let converted = Style.convertSentence(item)
        let sentence = String(converted.dropLast())
        return (sentence, sentence.hasSuffix("함"))
    }

    /// "사이즈 취합 스프레드시트로" → "스프레드시트로 사이즈를 취합함": the means a note ends on goes
    /// before the action it names; nil when no action noun that takes an object comes before it.
    private static func meansLast(_ words: [String], last: String) -> String? {
        guard last.count >= 3, last.hasSuffix("로"), !last.hasSuffix("로서"), let verb = words.last,
              let marked = objectMarked(Array(words.dropLast()), before: verb)
        else { return nil }
        return ([last] + marked + [verb + "함"]).joined(separator: " ")
    }

    /// "라벨을 새로 만들었어요(플라스틱/캔/종이/일반)": a predicate before the parenthesis, so what ends in
    /// "반)" is a list in a note, not the name of a club.
    private static func saysWhatWasDone(beforeParenthesis item: String) -> Bool {
        guard let open = item.lastIndex(of: "(") else { return false }
        let word = String(item[..<open].split(separator: " ").last ?? "")
        return item[open...].contains("/") || VerbStem.stem(of: word) != nil || VerbStem.stem(ofBarePast: word) != nil
    }

    /// Activities a line may name without saying what was done in them, and the verb that runs them.
    private static let runActivities: [String: String] = ["프로젝트": "진행함", "캠페인": "진행함", "챌린지": "진행함", "조사": "진행함"]

    /// Action nouns that make or pass on a thing, whose object may itself be an action noun ("질문
    /// 작성", "양식 개선 제안"); other action nouns after one are a sequence ("자료 수집 분석").
    private static let takesActionObject: Set<String> = ["담당", "작성", "제출", "완성", "수정", "보완", "공유", "편집", "제안", "건의", "제시", "기획", "요약"]

    /// The words before an action noun that takes an object, with its object marked: "예상 질문 5개
    /// 미리" before 작성 → "예상 질문 5개를 미리". Nil when the verb takes none or none is there.
    static func objectMarked(_ words: [String], before verb: String) -> [String]? {
        guard takesObject.contains(verb), let index = objectIndex(in: words, before: verb) else { return nil }
        var marked = words
        // "1학년 대상 설문조사": who it was aimed at, never what was done.
        if words[index] == "대상" {
            marked[index] += "으로"
            return marked
        }
        if isPlacedTime(words, at: index) {
            marked[index] += "에"
            return marked
        }
        marked[index] += Hangul.particle(after: words[index], withFinal: "을", withoutFinal: "를")
        return marked
    }

    /// "다음 시간", "지난 회의": a time placed by the word before it says when a thing was done, never
    /// what was done; it takes 에 where a bare noun would take 을.
    static func isPlacedTime(_ words: [String], at index: Int) -> Bool {
        index > 0 && timeDeterminers.contains(words[index - 1]) && placedTimes.contains(words[index])
    }

    private static let timeDeterminers: Set<String> = ["다음", "그다음", "이번", "지난", "첫", "마지막", "매"]
    private static let placedTimes: Set<String> = ["시간", "수업", "차시", "교시", "날", "주", "달", "학기", "모임", "회의"]

    /// Where the object of a closing action noun is: the last word before it once manner words
    /// ("스스로", "미리", "꼼꼼히") are passed, a bare noun or a count after one ("질문 5개").
    private static func objectIndex(in words: [String], before verb: String) -> Int? {
        var index = words.count - 1
        while index > 0, isMannerWord(words[index]) { index -= 1 }
        guard index >= 0, index < words.count else { return nil }
        func isObject(_ word: String) -> Bool {
            isBareNoun(word) && (takesActionObject.contains(verb) || !Style.endsWithVerbalNoun(word))
        }
        if isCount(words[index]) { return index > 0 && isObject(words[index - 1]) ? index : nil }
        // "화면만 보고 읽음": a word after an object or a 만 is that object's verb, not an object itself.
        if index > 0, ["만", "을", "를"].contains(where: words[index - 1].hasSuffix), !words[index - 1].hasSuffix("마만") { return nil }
        return isObject(words[index]) ? index : nil
    }

    /// Adverbs and setting words between an object and its verb: "스스로", "미리", "꼼꼼히", "빠르게".
    private static func isMannerWord(_ word: String) -> Bool {
        guard word.unicodeScalars.allSatisfy(Hangul.isSyllable) else { return false }
        return settingNouns.contains(word) || adverbs.contains(word) || word.count >= 2 && (word.hasSuffix("히") || word.hasSuffix("게"))
    }

    /// "5개", "세 가지" is two words and not a count here: a number with a counter.
    private static func isCount(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, ("0"..."9").contains(first) else { return false }
        let counter = String(word.unicodeScalars.drop { ("0"..."9").contains($0) })
        return ["개", "가지", "편", "권", "장", "곳", "건", "문항", "문제", "자", "쪽", "줄"].contains(counter)
    }

    /// A noun with no particle, not a number ("6회"), an adverb ("간단히") or a verb ("만들어"), that
    /// names a thing rather than a setting.
    private static func isBareNoun(_ word: String) -> Bool {
        let scalars = word.unicodeScalars
        guard scalars.allSatisfy(Hangul.isSyllable), !settingNouns.contains(word), !adverbs.contains(word), !timeNouns.contains(word), !hasParticleEnding(word),
              !boundNouns.contains(word),
              !word.hasSuffix("히"), !word.hasSuffix("게"), !activityHeads.contains(where: word.hasSuffix), !word.hasSuffix("평가")
        else { return false }
        return VerbStem.stem(of: word, at: .connective) == nil && VerbStem.stem(of: word, at: .sentenceFinal) == nil && !isConnectiveForm(word)
    }

    /// "분석해", "합쳐", "보이도록": a verb joined to the next one, never an object ("분석해 제출" is not
    /// "분석해를 제출함"). Nouns that end alike (이해, 방해, 샤워) have no action noun before 해.
    private static func isConnectiveForm(_ word: String) -> Bool {
        guard word.count >= 2 else { return false }
        if notNouns.contains(word) { return true }
        if word.hasSuffix("해") { return Style.isVerbalNoun(String(word.dropLast())) }
        if ["도록", "쳐", "꿔", "눠", "춰", "둬", "해서", "아서", "어서", "려고"].contains(where: word.hasSuffix) && word != "샤워" { return true }
        // "지나니까", "했는데", "하다가": clause endings, never an object.
        if ["니까", "는데", "은데", "한데", "인데", "던데", "다가", "지만", "면서", "더니", "자마자"].contains(where: word.hasSuffix) { return true }
        // "찾아", "받아", "읽어", "붙여": 아/어/여 after a closed syllable is a verb's infinitive; after an
        // open one it is as often a loanword's end (미디어, 아이디어).
        let scalars = Array(word.unicodeScalars)
        guard let last = scalars.last, ["아", "어", "여"].contains(last),
              let before = Hangul.decompose(scalars[scalars.count - 2])
        else { return false }
        return before.final != 0
    }

    /// Postpositions and adverbs written like nouns: "보건실 통해 알려옴", "설탕 대신 올리고당", "훨씬 깔끔함".
    static let notNouns: Set<String> = [
        "통해", "위해", "대해", "관해", "의해", "비해", "따라", "대신", "훨씬", "함께", "같이", "대로", "통틀어", "가장", "제일", "매우", "더욱", "덜",
        // Infinitives of verbs whose stem ends in 리/르 ("그려 제출", "골라 발표"), never an object.
        "그려", "올려", "내려", "알려", "걸려", "버려", "들려", "돌려", "빌려", "골라", "길러", "불러", "눌러", "잘라",
    ]

    /// Whether the word ends in a particle ("자료를", "친구에게", "단원에서").
    static func endsInParticle(_ word: String) -> Bool {
        word.count >= 2 && hasParticleEnding(word)
    }

    /// "우수", "꼼꼼": a word a fragment ends in to evaluate what precedes it.
    static func isEvaluation(_ word: String) -> Bool {
        evaluations[word] != nil
    }

    static func isRole(_ word: String) -> Bool {
        roleSuffixes.contains { word.hasSuffix($0) } && word.count <= 7
    }

    /// 사회 after a meeting ("학급회의 사회") is the chair; alone it is as often the subject.
    private static func isChair(_ word: String, after previous: String?) -> Bool {
        guard word == "사회", let previous else { return false }
        return chairedEvents.contains(where: previous.hasSuffix)
    }

    /// The phrase with a particle on its last word, unless that word already ends in one.
    private static func withParticle(_ phrase: String, _ withFinal: String, _ withoutFinal: String) -> String {
        let lastWord = phrase.split(separator: " ").last.map(String.init) ?? phrase
        if lastWord.count >= 3, hasParticleEnding(lastWord) { return phrase }
        return phrase + Hangul.particle(after: phrase, withFinal: withFinal, withoutFinal: withoutFinal)
    }
}
