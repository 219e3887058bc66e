import RecordRules

/// Decides, sentence by sentence, what a record may keep of a text: the sentence as written (names
/// made generic, framing words dropped), the part that records a change, an expectation for a
/// shortcoming, or nothing. It never joins a sentence to another or moves a clause between sentences.
struct SentenceCleaner: Sendable {
    let checker: RuleChecker

    enum Piece: Sendable, Equatable {
        /// Text a record may state (not yet in its final form).
        case text(String)
        /// A shortcoming the notes record without a change: stated only as an expectation about `aspect`.
        case shortcoming(aspect: String)

        var isShortcoming: Bool {
            if case .shortcoming = self { return true }
            return false
        }
    }

    /// Intensifiers replaced by plain words or removed (지나친 미사여구 자제).
    private static let toneDown: [(String, String)] = [
        ("탁월한", "뛰어난"), ("탁월하게", "뛰어나게"), ("탁월함", "뛰어남"), ("완벽하게", "꼼꼼하게"), ("완벽한", "꼼꼼한"),
        ("최고의 ", ""), ("누구보다도 ", ""), ("누구보다 ", ""), ("유일하게 ", ""), ("압도적으로 ", ""), ("압도적인 ", ""),
        ("독보적인 ", ""), ("모든 면에서 ", ""), ("천재적인 ", ""), ("타의 추종을 불허하는 ", ""),
        // The teacher's surprise says more of the teacher than of the student: "의외로 열심히 함".
        ("의외로 ", ""), ("뜻밖에 ", ""),
    ]
    private static let toneDownStarts = Set(toneDown.compactMap { $0.0.unicodeScalars.first })

    /// Subjects a record leaves out (주어 생략): the student, or the student writing about themself.
    private static let subjects = ["이 학생은 ", "본 학생은 ", "해당 학생은 ", "위 학생은 ", "학생은 ", "학생이 ", "나는 ", "저는 ", "내가 ", "제가 ",
                                   "얘는 ", "얘가 ", "얘 ", "이 친구는 ", "이 친구가 "]


    /// The setting a shortcoming gives the short answer after it, by the shortcoming's aspect.
    private static let settings: [String: String] = [
        "갈등 조정": "의견이 엇갈렸을 때", "발표 전달력": "발표할 때", "발표 자신감": "발표할 때",
    ]

    /// Connective endings that set one part of a sentence against another ("서툴렀지만 …").
    private static let contrastEndings = ["지만", "는데", "은데", "한데", "인데", "운데", "던데", "었는데", "았는데", "했는데"]

    /// Arrows teachers write between a problem and what the student did about it, or between steps
    /// ("판단 어려워함 → 세 번 반복 측정").
    static let arrows = ["→", "->", "=>", "⇒", "⟶", "➡"]
    private static let arrowEnds = Set(arrows.compactMap(\.unicodeScalars.last))

    /// What of one sentence a record may keep, in order.
    func pieces(of sentence: String) -> [Piece] {
        var steps = Self.dashSteps(of: sentence).flatMap { step in
            Self.arrowSteps(of: step) { part in
                checker.assess(part).wording.contains { $0.violation.category == .negativeWording }
            }
        }
        guard steps.count > 1 else { return piecesOfStep(steps[0]) }
        // "코딩학원 다녀서 3D 모델링 할 줄 앎 - 거치대 설계에 써먹음", "가족여행 다녀옴 → 영상 찍어온 걸 수업
        // 자료로 씀": what follows a step the record cannot state comes of it, and goes with it.
        if let excluded = steps.firstIndex(where: { step in
            checker.assess(step).forbidden.contains { Self.wholeActivities.contains($0.violation.category) }
        }) {
            steps = Array(steps[..<excluded])
            guard !steps.isEmpty else { return [] }
            if steps.count == 1 { return piecesOfStep(steps[0]) }
        }
        // What follows an arrow answers what precedes it, so a shortcoming before an arrow is never
        // an expectation: the two are one sentence. An action the student found hard is the purpose of
        // what they did about it ("판단을 위해 세 번 반복 측정함"); any other shortcoming is told as where
        // the student started ("맞춤법 자주 틀렸으나 퇴고 체크리스트를 만들어 2학기에는 거의 없어짐").
        var pieces: [Piece] = []
        var index = 0
        while index < steps.count {
            var stepPieces = piecesOfStep(steps[index])
            guard index + 1 < steps.count, stepPieces.contains(where: \.isShortcoming) else {
                pieces += stepPieces
                index += 1
                continue
            }
            stepPieces.removeAll(where: \.isShortcoming)
            pieces += stepPieces
            var answer = piecesOfStep(steps[index + 1])
            // "지각 잦음(11회) → 2학기 … 지각 1회": a later state of the same thing is the answer, not
            // another shortcoming.
            if answer.first?.isShortcoming == true, NotesReading.laterMarkers.contains(where: steps[index + 1].includes),
               let later = prepared(steps[index + 1])
            {
                answer = [.text(later)]
            }
            if case .text(let text)? = answer.first {
                if !ChangeWords.occur(in: text), let topic = topic(ofShortcoming: steps[index]) {
                    answer[0] = .text(topic + Hangul.particle(after: topic, withFinal: "을", withoutFinal: "를") + " 위해 " + text)
                } else if let start = prepared(steps[index]) {
                    // "낙선 후에도 게시판 도우미 자원 → 꾸미기 담당": a step that already went on despite the
                    // shortcoming leads on to the next, never against it.
                    let despite = [" 후에도 ", "에도 불구하고 ", "인데도 ", "했는데도 "].contains(where: steps[index].includes)
                    var body = start
                    while body.hasSuffix(".") { body.removeLast() }
                    answer[0] = .text((despite ? ClauseForms.connective(body, preferGo: true) : ClauseForms.pastContrast(start)) + " " + text)
                }
            }
            pieces += answer
            index += 2
        }
        return pieces
    }

    /// A state the notes put in the past or say held then: "절반이었음", "습관 있음", "근거뿐임".
    private static func isPastState(_ word: String) -> Bool {
        let bare = word.filter { !$0.isPunctuation }
        return ["었음", "았음", "였음", "있음", "없음", "뿐임"].contains(where: bare.hasSuffix) && bare.count >= 2
    }

    /// Openings of a step that comes later and changes what the one before it describes: "2학기
    /// 후반엔 …", "피드백 후 …", "이후 …".
    private static func opensLaterStep(_ part: String) -> Bool {
        let opening = part.split(separator: " ").prefix(2).joined(separator: " ")
        return NotesReading.laterMarkers.contains(where: opening.includes)
            || ["피드백", "조언", "첨삭", "다시", "고쳐"].contains(where: opening.hasPrefix)
    }

    /// Activities the record cannot state at all, as against a name it can replace ("서울대" → "대학"):
    /// whatever a later step did with them is theirs too.
    private static let wholeActivities: Set<ViolationCategory> = [
        .privateEducation, .overseasActivity, .competitionAward, .languageTest, .paperAcademic, .intellectualProperty,
        .outsideActivity, .scholarship, .parentStatus, .qualification, .bookPublication,
    ]

    /// The sentence cut at each arrow after a predicate ("판단 어려워함 → 세 번 반복 측정"); one step when
    /// there is none. Any other arrow joins what it stands between: a change of value between two
    /// single words or inside parentheses ("(9분대→7분대)" → "(9분대에서 7분대로)"), one action after
    /// another ("실패 → 수정" → "실패 후 수정"), or what a step was done in ("감상문 → 해석함" →
    /// "감상문에서 해석함").
    /// Words that only say when: "배운 뒤", "검사 후".
    private static let timeNouns: Set<String> = ["뒤", "후", "다음", "이후", "직후", "뒤에", "후에", "다음에", "뒤로"]
    /// Verbs that link the thing before them to another ("A와 연결해", "B에 적용해").
    private static let linkingVerbs = ["연결", "관련지", "적용", "활용", "비교", "이용", "접목", "응용", "연관 지", "연관지"]

    /// Predicates of an answer given to the student.
    private static let answersGiven = ["설명해줌", "설명해 줌", "알려줌", "알려 줌", "답해줌", "답해 줌", "답변해줌", "답변해 줌"]
    /// What others give the student (a question, a point), how the record receives it when no giver
    /// is named ("조언을 듣고", "추천받고": the verb joined to the noun), and whether it is then the
    /// teacher's — a question or a rebuttal with no giver is no gift.
    private static let receivedThings: [String: (verb: String, joined: Bool, teachersWhenUnnamed: Bool)] = [
        "질문": ("받고", false, false), "제안": ("받고", false, false), "반론": ("받고", false, false), "지적": ("받고", false, true),
        "피드백": ("받고", false, true), "조언": ("듣고", false, true), "권유": ("받고", false, true), "추천": ("받고", true, true),
    ]
    private static let givers: Set<String> = ["친구", "친구들", "선생님", "짝", "후배", "선배", "모둠원", "청중", "상대", "상대편", "상대 팀"]

    /// "발표 때 친구 질문(…)" → "발표 때 친구의 질문(…)을 받고"; with no giver named, what the teacher gave:
    /// "피드백" → "피드백을 받고", "비평문 2편 추천" → "비평문 2편을 추천받고". The student never gave it.
    /// Nil for any other step.
    private static func received(_ text: String, head: String) -> String? {
        guard let thing = receivedThings[head] else { return nil }
        var words = text.split(separator: " ").map(String.init)
        if let index = words.lastIndex(where: { $0 == head || $0.hasPrefix(head + "(") }), index > 0, givers.contains(words[index - 1]) {
            words[index - 1] += "의"
            return words.joined(separator: " ") + Hangul.particle(after: head, withFinal: "을", withoutFinal: "를") + " 받고"
        }
        guard thing.teachersWhenUnnamed, text.hasSuffix(head), words.count <= 4 else { return nil }
        words.removeLast()
        guard thing.joined else {
            return (words + [head + Hangul.particle(after: head, withFinal: "을", withoutFinal: "를"), thing.verb]).joined(separator: " ")
        }
        // "비평문 2편 추천": what was recommended is the object.
        guard let object = words.last else { return nil }
        words[words.count - 1] = object + Hangul.particle(after: object, withFinal: "을", withoutFinal: "를")
        return (words + [head + thing.verb]).joined(separator: " ")
    }

    /// What follows a step the part was done in: "에서 " and the part, or, when the part opens on a
    /// stage of its own ("초고 → 고쳐쓰기에서 근거가 늘어남"), the move from one stage to the next.
    private static func inStage(_ part: String) -> String {
        let words = part.split(separator: " ")
        guard let next = words.first.map(String.init), next.hasSuffix("에서"), next.count > 2, words.count > 1 else { return "에서 " + part }
        let stage = String(next.dropLast(2))
        return "에서 " + stage + Hangul.particle(after: stage, withFinal: "으로", withoutFinal: "로") + " 넘어가며 "
            + words.dropFirst().joined(separator: " ")
    }

    /// Endings that join a clause to the next one by themselves: "봤다가", "했는데", "어려웠지만".
    private static let connectiveEndings = ["다가", "는데", "었는데", "았는데", "지만", "니까", "는데도"]

    /// Gaps a measurement shows: "4% 차이 → …".
    private static let observedGaps = ["차이", "오차", "편차"]
    /// Activities named by their quoted topic: "모둠 토론 '변학도는 악인인가'".
    private static let quotedActivities = ["토론", "토의", "논제", "발표", "주제", "글쓰기", "수업", "활동", "탐구", "프로젝트"]

    /// An activity and its quoted topic: "모둠 토론 '변학도는 악인인가'" (not a quote of what was said).
    private static func quotedActivity(_ text: String) -> Bool {
        guard let last = text.last, "'\"’”".contains(last), let open = text.dropLast().lastIndex(where: { "'\"‘“".contains($0) }) else { return false }
        let before = String(text[..<open]).trimmed
        // "'나만의 게임 기획서 쓰기'": the quote names an activity itself.
        let quoted = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
        return quotedActivities.contains { before.hasSuffix($0) } || ["쓰기", "만들기", "하기", "그리기", "읽기", "챌린지", "프로젝트", "캠페인"].contains(where: quoted.hasSuffix)
    }

    /// A part after an arrow that is a sentence of its own: it ends in a predicate or an action noun.
    private static func saysItself(_ part: String) -> Bool {
        // "… 직접 만들어 옴 (탑승자 vs 보행자)": a note after the predicate is no part of it.
        var part = part.trimmed
        if part.hasSuffix(")"), let open = part.lastIndex(of: "("), open > part.startIndex { part = String(part[..<open]).trimmed }
        let last = String(part.split(separator: " ").last ?? "")
        return SentenceForms.hasPredicate(part) || Style.endsWithVerbalNoun(last)
    }

    /// A part after an arrow that links something it does not name: "위성 안테나 원리와 연결해 발표".
    private static func linksWhatCameBefore(_ part: String) -> Bool {
        let words = part.split(separator: " ")
        return saysItself(part) && !words.contains { $0.hasSuffix("을") || $0.hasSuffix("를") }
            && words.contains { word in linkingVerbs.contains { word.hasPrefix($0) } }
    }

    static func arrowSteps(of sentence: String, isShortcoming: (String) -> Bool = { _ in false }) -> [String] {
        // Most sentences have no arrow: one pass over the scalars decides.
        guard sentence.unicodeScalars.contains(where: arrowEnds.contains) else { return [sentence] }
        var marked = Self.unspacedSequences(Self.quotedSequences(Self.parenthesisedChanges(sentence)))
        guard marked.unicodeScalars.contains(where: arrowEnds.contains) else { return [marked] }
        // "첫 주 40% → 마지막 주 75%.": the full stop is the sentence's, after whatever the arrow becomes.
        while marked.hasSuffix(".") { marked.removeLast() }
        for arrow in arrows { marked = marked.replacingAll(arrow, with: "\u{1}") }
        let parts = marked.split(separator: "\u{1}", omittingEmptySubsequences: false).map { String($0).trimmed }
        func words(_ text: Substring) -> Int { text.split(separator: " ").count }
        var steps: [String] = []
        var current = parts[0]
        for part in parts.dropFirst() {
            let openParentheses = current.filter { $0 == "(" }.count > current.filter { $0 == ")" }.count
            let left = current.split(separator: "(").last.map { words($0) } ?? 0
            let right = part.split(separator: ")", omittingEmptySubsequences: false).first.map { words($0) } ?? 0
            let lastWord = String(current.split(separator: " ").last ?? "")
            // "조사(1주, 약 340개)": the word a trailing note describes.
            let headWord = current.hasSuffix(")") && !openParentheses
                ? String(current[..<(current.lastIndex(of: "(") ?? current.endIndex)].split(separator: " ").last ?? "") : lastWord
            var wordBefore = String(lastWord.split(separator: "(").first ?? "")
            // "첫 주 52% → 둘째 주 81%": the value after may come after when it was.
            let afterWords = part.split(separator: " ").prefix(3).map { word in
                // "마지막 주 75%.": the full stop is the sentence's, not the value's.
                String(word.reversed().drop { $0 == "." || $0 == "," || $0 == ")" }.reversed())
            }
            let valueIndex = Self.leadingNumber(wordBefore) == nil ? nil
                : afterWords.firstIndex { Self.leadingNumber($0) != nil && Self.unit(of: $0) == Self.unit(of: wordBefore) }
            let wordAfter = valueIndex.map { String(afterWords[$0].prefix { $0 != "(" }) } ?? String(part.prefix { $0 != " " && $0 != "(" })
            let valueBefore = Self.leadingNumber(wordBefore)
            let valueAfter = Self.leadingNumber(wordAfter)
            // "실험 단계 4→3단계로 줄임": a bare number takes the unit of the value it became.
            if !openParentheses, valueBefore != nil, valueAfter != nil, Self.unit(of: wordBefore).isEmpty,
               wordBefore == lastWord, !Self.unit(of: wordAfter).isEmpty, Self.unit(of: wordAfter).unicodeScalars.allSatisfy(Hangul.isSyllable)
            {
                let unit = Self.unit(of: wordAfter)
                current += unit
                wordBefore += unit
            }
            // "입론 3분 → 반론 2분": a value named as another thing's is a second value, not a change.
            let currentWords = current.split(separator: " ").map(String.init)
            let thingBefore = currentWords.count >= 2 ? currentWords[currentWords.count - 2] : ""
            let otherThing = valueIndex == 1 && Self.isBareThing(afterWords[0]) && Self.isBareThing(thingBefore) && afterWords[0] != thingBefore
            if otherThing, valueBefore != nil, valueAfter != nil {
                current += Hangul.particle(after: current, withFinal: "과", withoutFinal: "와") + " " + part
                continue
            }
            // The same unit on both sides: "42회 → 61회" is a value that changed, "4회 → 5월 상담" is not.
            if !openParentheses, let before = valueBefore, let after = valueAfter, Self.unit(of: wordBefore) == Self.unit(of: wordAfter) {
                // "주당 평균 18.4kWh → 13.1kWh (약 29% 감소)", "성공률 40% → 85%": a value that changed,
                // said with the direction the numbers show when nothing else says it.
                let lead = valueIndex.map { afterWords[..<$0].joined(separator: " ") + ($0 > 0 ? " " : "") } ?? ""
                let token = lead + part.dropFirst(lead.count).prefix { $0 != " " && $0 != "(" }
                var rest = String(part.dropFirst(token.count))
                let note = rest.trimmed.hasPrefix("(") ? rest.trimmed : ""
                if !note.isEmpty { rest = "" }
                let said = rest.trimmed.isEmpty ? " " + (after > before ? "늘어남" : after < before ? "줄어듦" : "같음") : ""
                // "30문항 → 10문항으로", "BPM 70 → 100까지": the notes may have written the particle already.
                let particle = ["로", "까지"].contains(where: token.hasSuffix) ? "" : Hangul.particle(after: String(token), withFinal: "으로", withoutFinal: "로")
                current += "에서 " + token + particle + note + said + rest
            } else if Self.connectiveEndings.contains(where: lastWord.hasSuffix), lastWord.count >= 3, !lastWord.hasSuffix(")") {
                // "눈대중으로 봤다가 → 전자저울로 재는 방식으로 바꿈": the clause already says how it goes on;
                // the arrow adds nothing.
                current += " " + part
            } else if Self.drafts.contains(lastWord), let subject = current.split(separator: " ").dropLast().last, subject == "본인이" || subject == "본인이 직접" {
                // "입론 원고 본인이 초안 → 부원 8명이 돌려가며 수정": the student wrote the draft, others went on.
                current += Hangul.particle(after: lastWord, withFinal: "을", withoutFinal: "를") + " 작성하고 " + part
            } else if current.includes("질문"), Self.answersGiven.contains(where: part.hasSuffix) {
                // "질문: "…?" → 에너지 보충 개념으로 연결해서 설명해줌": the answer the student was given is
                // the teacher's doing, not the record's.
                continue
            } else if Self.quotedActivity(current), Self.saysItself(part) {
                // "모둠 토론 '변학도는 악인인가' → 조선 수령의 권한을 찾아봄": what the step was done in.
                current += "에서 " + part
            } else if lastWord.hasSuffix("뿐"), lastWord.count >= 2, Self.saysItself(part) {
                // "1차 초안은 논거 2개뿐 → 피드백 후 반론+재반박 구조로 고쳐씀": where it started, then the change.
                current += "이었으나 " + part
            } else if Self.observedGaps.contains(where: lastWord.hasSuffix), Self.saysItself(part) {
                // "이론값과 4% 차이 → 진폭 탓이라고 분석": what was found, then what the student made of it.
                current += "가 나자 " + part
            } else if let last = current.last, "」》>".contains(last), !current.hasPrefix("『"), !current.hasPrefix("「") {
                // "시 감상 발표: 윤동주 「쉽게 씌어진 시」 → '육첩방'을 공간 상징으로 읽고": the work the step was done in.
                current += "에서 " + part
            } else if let last = current.last, "』」》>".contains(last) {
                // "읽은 책: 『…』 → 감정노동 부분이 인상 깊었다고 소감문": what was read, then what came of it.
                current += " - " + part
            } else if openParentheses || (left == 1 && right == 1) {
                // "(58 → 21 ㎍/㎥)": a unit after the second value belongs to it.
                let inParentheses = part.prefix { $0 != ")" }
                // "(첫 주 40% → 둘째 주 71%)": the value after may come after when it was.
                let valueWords: Substring? = valueIndex.map { Substring(inParentheses.split(separator: " ").prefix($0 + 1).joined(separator: " ")) }
                let token = valueWords ?? (openParentheses && inParentheses.split(separator: " ").count == 2 && part.contains(")")
                    ? inParentheses : part.prefix { $0 != " " && $0 != ")" })
                let particle = Hangul.particle(after: String(token), withFinal: "으로", withoutFinal: "로")
                current += "에서 " + token + particle + part.dropFirst(token.count)
            } else if current.hasSuffix(" 안 " + lastWord), lastWord.hasSuffix("짐"), let stem = ClauseForms.stem(of: lastWord) {
                // "2주 지나니까 안 지켜짐 → 안건 올림": what did not happen, then what the student did about it.
                current = String(current.dropLast((" 안 " + lastWord).count)) + " " + stem + "지 않자 " + part
            } else if Self.eventWords.contains(lastWord), let stem = ClauseForms.stem(of: lastWord) {
                // "센서 값 튐 → 이동평균 필터 적용": what happened, then what the student did about it.
                current = String(current.dropLast(lastWord.count)) + stem + "자 " + part
            } else if Self.isPastState(lastWord), Self.opensLaterStep(part), !isShortcoming(current) {
                // "초고는 줄거리 요약이 절반이었음 → 피드백 후 시점 분석 중심으로 다시 씀": where the work stood,
                // set against what changed it, in one sentence; apart, the first says nothing of its own.
                current = ClauseForms.pastContrast(current) + " " + part
            } else if Self.isPredicate(lastWord) || Self.closesAsRole(lastWord) || isShortcoming(current)
                        || Self.isHopeLabel(current)
            {
                // "판단 어려워함 → 세 번 반복 측정", "과정 담당 → 첫 배지 실패", "가타카나 혼동 → 카드 50장
                // 만듦": two steps, each a sentence (a shortcoming is then told with what answered it).
                steps.append(current)
                current = part
            } else if !SentenceForms.hasPredicate(part), !Style.endsWithVerbalNoun(String(part.split(separator: " ").last ?? "")),
                      NotesReading.earlierMarkers.contains(where: current.includes)
                        || NotesReading.laterMarkers.contains(where: part.includes)
            {
                let particle = Hangul.particle(after: part, withFinal: "으로", withoutFinal: "로")
                if Style.endsWithVerbalNoun(headWord) {
                    // "처음엔 … 코드였는데 딕셔너리로 리팩토링 → 코드길이 절반이하": a doing, then what it changed.
                    current += "하여 " + Self.subjectMarked(part) + particle + " 바뀜"
                } else {
                    // "진로 희망 처음엔 '아직 모름' → 2학기 환경공학자": one state after another in time.
                    current += "에서 " + part + particle + " 바뀜"
                }
            } else if Self.changeNouns.contains(where: lastWord.hasSuffix) {
                // "15%에서 오히려 감소 → 가설 세움": what happened, then what the student did about it.
                current += "하자 " + part
            } else if let received = Self.received(current, head: headWord) {
                // "발표 때 친구 질문(…) → 다시 계산해 옴", "피드백 → 수정본 제출": what someone gave, and what
                // the student did with it.
                current = received + " " + part
            } else if Style.endsWithVerbalNoun(headWord) {
                // "체험 운영 → 현미경 세팅 담당", "조사 → 포스터 제작": one action and the next, in the
                // order written, without saying more of how they are linked than the arrow does.
                current += "하고 " + part
            } else if Self.linksWhatCameBefore(part), lastWord.unicodeScalars.allSatisfy(Hangul.isSyllable),
                      !SentenceForms.endsInParticle(lastWord)
            {
                // "포물선 반사 성질 → 위성 안테나 원리와 연결해 발표": what was linked is the thing before the arrow.
                current += Hangul.particle(after: lastWord, withFinal: "을", withoutFinal: "를") + " " + part
            } else if let said = current.split(separator: " ").dropLast().last, ["다고", "라고", "자고"].contains(where: said.hasSuffix),
                      lastWord.count >= 2, lastWord.unicodeScalars.allSatisfy(Hangul.isSyllable), !SentenceForms.endsInParticle(lastWord)
            {
                // "…로 읽어야 한다고 주장 → 다른 모둠과 토론함": what the student said, then what came of it.
                current += "하고 " + part
            } else if ["다고", "라고", "자고"].contains(where: lastWord.hasSuffix), lastWord.count >= 3 {
                // "동아리 일정 겹쳤다고 → 다음부터 미리 말하기로 약속함": what the student said, then did.
                current += " 하며 " + part
            } else if words(Substring(Self.titlesAsWords(current))) <= 3 && !lastWord.hasSuffix(")") {
                // "「쉽게 씌어진 시」 감상문 → 화자의 부끄러움을 해석함": what the step was done in; "초고 →
                // 고쳐쓰기에서 근거가 늘어남": one stage and the next, where the change showed.
                current += Self.inStage(part)
            } else if Self.timeNouns.contains(lastWord) {
                // "리스트와 반복문 배운 뒤 → 잔반 정리 프로그램 만듦": the arrow only says what came next.
                current += " " + part
            } else if Self.saysItself(part), NotesReading.earlierMarkers.contains(where: current.includes),
                      lastWord.unicodeScalars.allSatisfy(Hangul.isSyllable), !SentenceForms.endsInParticle(lastWord)
            {
                // "희망 분야가 처음엔 외과 → 활동 후 예방의학 쪽으로 관심이 넓어짐": where it started, then the change.
                current = String(current.dropLast(lastWord.count)) + lastWord
                    + Hangul.particle(after: lastWord, withFinal: "이었으나", withoutFinal: "였으나") + " " + part
            } else if Self.saysItself(part), lastWord.unicodeScalars.allSatisfy(Hangul.isSyllable), !SentenceForms.endsInParticle(lastWord) {
                // "요일별 잔반량 그래프 → 금요일 잔반이 가장 많다는 결론을 내림": what the step was done in.
                current += Self.inStage(part)
            } else {
                // "측정, 4~6월 월 1회 → 비 온 뒤 DO가 떨어짐": two statements, each its own sentence.
                steps.append(current)
                current = part
            }
        }
        steps.append(current)
        steps = steps.filter { !$0.isEmpty }
        return steps.isEmpty ? [sentence] : steps
    }

    /// "코드길이 절반이하" → "코드길이가 절반이하": of two bare words, the first is what the second is.
    private static func subjectMarked(_ part: String) -> String {
        let words = part.split(separator: " ").map(String.init)
        guard words.count == 2, words[0].count >= 2, words[0].unicodeScalars.allSatisfy(Hangul.isSyllable),
              !SentenceForms.endsInParticle(words[0]), !SentenceForms.notNouns.contains(words[0])
        else { return part }
        return words[0] + Hangul.particle(after: words[0], withFinal: "이", withoutFinal: "가") + " " + words[1]
    }

    /// The text with each title as one word: "「쉽게 씌어진 시」 감상문" is two words.
    static func titlesAsWords(_ text: String) -> String {
        var depth = 0
        return String(text.compactMap { character -> Character? in
            if "「『《".contains(character) { depth += 1 }
            if "」』》".contains(character) { depth = max(0, depth - 1) }
            return depth > 0 && character == " " ? nil : character
        })
    }

    /// The sentence cut at each spaced dash after a predicate ("독후감 씀 - 배치 기준이 … 주목함"): the
    /// teacher's full stop. A dash after a label ("산화환원 단원 - 철못 부식 실험") stays for `Shorthand`.
    static func dashSteps(of sentence: String) -> [String] {
        guard sentence.includes(" - ") || sentence.includes(" – ") || sentence.includes(" — ") else { return [sentence] }
        var steps: [String] = []
        var current = ""
        let marked = sentence.replacingAll(" – ", with: "\u{1}").replacingAll(" — ", with: "\u{1}").replacingAll(" - ", with: "\u{1}")
        for part in marked.split(separator: "\u{1}", omittingEmptySubsequences: false).map(String.init) {
            let lastWord = String(current.split(separator: " ").last ?? "")
            if current.isEmpty {
                current = part
            } else if isPredicate(lastWord) {
                steps.append(current)
                current = part
            } else {
                current += " - " + part
            }
        }
        steps.append(current)
        return steps
    }

    /// Predicates of what happens to things, not of what the student does: after an arrow, what
    /// follows answers them ("센서 값 튐 → 필터 적용" → "센서 값 튀자 필터 적용").
    private static let eventWords: Set<String> = [
        "튐", "떨어짐", "나옴", "생김", "발생함", "끊김", "멈춤", "꺼짐", "넘침", "막힘", "깨짐", "틀어짐", "어긋남", "흔들림",
        "늦어짐", "느려짐", "빨라짐", "높아짐", "낮아짐", "줄어듦", "늘어남", "달라짐", "바뀜",
    ]

    /// "입론", "반론": a noun that names what a value measures, with no particle, no verb's ending and no
    /// time ("처음", "2학기", "둘째 주" place the same thing later).
    private static func isBareThing(_ word: String) -> Bool {
        word.count >= 2 && word.unicodeScalars.allSatisfy(Hangul.isSyllable) && !SentenceForms.endsInParticle(word)
            && !SentenceForms.notNouns.contains(word) && !Self.timeLeads.contains(where: word.hasPrefix) && !Shorthand.isVerbForm(word)
    }

    /// Words that place a value in time ("둘째 주 81%", "2학기 75%"): after an arrow, the same thing later.
    private static let timeLeads = ["주", "첫", "둘째", "셋째", "넷째", "마지막", "학기", "월", "차", "회차", "처음", "나중", "이후", "후", "전", "최종", "다음", "지난", "올해", "작년", "현재", "지금"]

    /// How a doing found hard is worded: only such a shortcoming is what the next step was for.
    private static let difficulties = ["어려", "힘들", "헷갈", "서툴", "서툰", "막막", "어색", "몰라", "모르", "못 하", "못하", "버거"]

    /// Pieces of writing a student drafts first: "본인이 초안 → …".
    private static let drafts: Set<String> = ["초안", "초고", "원고", "대본", "시안", "기획안", "설계안", "가안"]

    /// Things that happen rather than things the student does: after an arrow, what follows answers them.
    private static let changeNouns = ["감소", "증가", "하락", "상승", "발생", "변화", "실패", "급감", "급증"]

    /// "(3월 → 11월)" → "(3월에서 11월로)": a change inside parentheses, before the arrows outside them.
    private static func parenthesisedChanges(_ sentence: String) -> String {
        guard sentence.includes("("), arrows.contains(where: sentence.includes) else { return sentence }
        var result = ""
        var group = ""
        // "(… 지금 건축학(설계)으로 좁혀짐)": a parenthesis inside the group is part of it.
        var depth = 0
        for character in sentence {
            if character == "(" {
                if depth == 0 { group = "" }
                depth += 1
            }
            if depth > 0 {
                group.append(character)
                if character == ")" {
                    depth -= 1
                    guard depth == 0 else { continue }
                    var inner = String(group.dropFirst().dropLast())
                    for arrow in arrows { inner = inner.replacingAll(arrow, with: "\u{1}") }
                    let parts = inner.split(separator: "\u{1}").map { String($0).trimmed }
                    let short = parts.allSatisfy { $0.split(separator: " ").count <= 2 }
                    if parts.count == 2, short {
                        let particle = Hangul.particle(after: parts[1], withFinal: "으로", withoutFinal: "로")
                        result += "(" + parts[0] + "에서 " + parts[1] + particle + ")"
                    } else if parts.count == 2, SentenceForms.hasPredicate(parts[1]), let last = parts[0].split(separator: " ").last,
                              last.unicodeScalars.allSatisfy(Hangul.isSyllable), !SentenceForms.endsInParticle(String(last))
                    {
                        // "(1학년 땐 프로그래머 → 기획 쪽으로 바뀜)": where it started, then what the change was.
                        result += "(" + parts[0] + "에서 " + parts[1] + ")"
                    } else if parts.count > 2, short {
                        // "(감탄→연군→선정 의지)": a sequence of stages, named in its order.
                        result += "(" + parts.joined(separator: ", ") + " 순)"
                    } else if parts.count > 2, let last = parts.last {
                        // "(1학년 인테리어디자인 → 2학년 건축공학 → 지금 건축학(설계)으로 좁혀짐)": the stages on
                        // the way, then where it went.
                        let passed = parts.dropLast().joined(separator: ", ")
                        result += "(" + passed + Hangul.particle(after: passed, withFinal: "을", withoutFinal: "를") + " 거쳐 " + last + ")"
                    } else {
                        result += group
                    }
                }
            } else {
                result.append(character)
            }
        }
        return result + (depth > 0 ? group : "")
    }

    /// "진양조→중모리→중중모리→자진모리로 빨라지는 장단", "70→100까지": arrows inside one word order
    /// what the word names; with the particle the notes put after the last, the way from the first to
    /// the last ("진양조에서 중모리, 중중모리를 거쳐 자진모리로"), without one, the names in order.
    private static func unspacedSequences(_ sentence: String) -> String {
        sentence.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
            var inner = String(word)
            for arrow in arrows { inner = inner.replacingAll(arrow, with: "\u{1}") }
            let parts = inner.split(separator: "\u{1}", omittingEmptySubsequences: false).map(String.init)
            guard parts.count >= 2, parts.allSatisfy({ !$0.isEmpty && !$0.contains("(") && !$0.contains(")") }),
                  let first = parts.first, let last = parts.last,
                  // "4→3단계로": values that changed are said with their unit, in `arrowSteps`.
                  first.unicodeScalars.allSatisfy(Hangul.isSyllable)
            else { return String(word) }
            let closed = ["으로", "로", "까지"].contains { last.hasSuffix($0) && last.count > $0.count }
            guard closed else { return parts.count > 2 ? parts.joined(separator: ", ") : String(word) }
            if parts.count == 2 { return first + "에서 " + last }
            let passed = parts.dropFirst().dropLast().joined(separator: ", ")
            return first + "에서 " + passed + Hangul.particle(after: passed, withFinal: "을", withoutFinal: "를") + " 거쳐 " + last
        }.joined(separator: " ")
    }

    /// "정서를 '기다림→두려움→회상 속 슬픔'으로 정리함": arrows inside quotes order what the quote names
    /// ("'기다림, 두려움, 회상 속 슬픔'"; one arrow: "'초고에서 수정본으로'"), never steps of the sentence.
    static func quotedSequences(_ sentence: String) -> String {
        guard sentence.contains("'") || sentence.contains("‘") else { return sentence }
        var result = ""
        var quote = ""
        var open = false
        for character in sentence {
            if "'‘’".contains(character) {
                if open {
                    var inner = quote
                    for arrow in arrows { inner = inner.replacingAll(arrow, with: "\u{1}") }
                    let parts = inner.split(separator: "\u{1}").map { String($0).trimmed }
                    if parts.count == 2 {
                        inner = parts[0] + "에서 " + parts[1] + Hangul.particle(after: parts[1], withFinal: "으로", withoutFinal: "로")
                    } else if parts.count > 2 {
                        inner = parts.joined(separator: ", ")
                    }
                    result += inner + String(character)
                    quote = ""
                } else {
                    result.append(character)
                }
                open.toggle()
            } else if open {
                quote.append(character)
            } else {
                result.append(character)
            }
        }
        return result + quote
    }

    /// What follows the number a word starts with ("61회" → "회", "13.1kWh" → "kWh"), without a particle.
    private static func unit(of word: String) -> String {
        var unit = String(word.drop { $0.isNumber || $0 == "." || $0 == "," })
        for particle in ["으로", "로", "까지"] where unit.hasSuffix(particle) { unit.removeLast(particle.count) }
        return unit
    }

    /// "희망: 간호사", "진로 희망: 약사": a career hope before an arrow is a statement of its own.
    private static func isHopeLabel(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        let label = text[..<colon].trimmed
        return ["희망", "꿈", "진로"].contains(where: label.hasSuffix) && text[text.index(after: colon)...].split(separator: " ").count <= 2
    }

    /// The number a word starts with ("18.4kWh" → 18.4, "40%" → 40); nil when it starts with none.
    private static func leadingNumber(_ word: String) -> Double? {
        let digits = word.prefix { $0.isNumber || $0 == "." || $0 == "," }.filter { $0 != "," }
        guard let first = digits.first, first.isNumber else { return nil }
        return Double(String(digits))
    }

    /// "담당", "역할": a fragment that closes on what the student took on (it becomes "…을 담당함").
    private static func closesAsRole(_ word: String) -> Bool {
        word == "담당" || word == "역할" || word == "맡음"
    }

    /// Loanwords that end in ㅁ like a noun form and are never one.
    private static let loanNounsEndingInMieum: Set<String> = ["게임", "프로그램", "시스템", "아이템", "팀", "타임", "크림", "스팀", "플랫폼", "포럼"]

    /// A word that ends a clause with a predicate (어려워함, 했음, 해요, 만들었다).
    private static func isPredicate(_ word: String) -> Bool {
        RunOnSentences.endsSentence(word, previous: nil) || VerbStem.stem(of: word) != nil
            // "게임", "프로그램", "시스템" end like a noun form and are nouns ("그림" may be either).
            || (Style.isNounEnding(word.unicodeScalars.last ?? " ") && !Style.isVerbalNoun(word) && !loanNounsEndingInMieum.contains(word))
    }

    /// What a shortcoming is about when that is an action: the words before its negative wording,
    /// without a trailing particle ("지시약 색 변화 시점 판단 어려워함" → "지시약 색 변화 시점 판단"); nil
    /// when nothing precedes it or it is no action ("수업 중", "맞춤법").
    private func topic(ofShortcoming step: String) -> String? {
        guard let prepared = prepared(step),
              let finding = checker.assess(prepared).wording.first(where: { $0.violation.category == .negativeWording }),
              // "판단 어려워함 → …": a doing found hard is what the next step was for; "1차 제출 늦음 → 2차
              // 때는 하루 전에 냄" is where the student started, never a purpose.
              Self.difficulties.contains(where: finding.violation.excerpt.includes),
              let offset = prepared.byteOffset(of: finding.violation.excerpt)
        else { return nil }
        var words = String(decoding: prepared.utf8.prefix(offset), as: UTF8.self).split(separator: " ").map(String.init)
        guard var last = words.popLast() else { return nil }
        for particle in ["에서", "을", "를", "이", "가", "에", "은", "는"] where last.hasSuffix(particle) && last.count > particle.count {
            last = String(last.dropLast(particle.count))
            break
        }
        guard Style.endsWithVerbalNoun(last) else { return nil }
        words.append(last)
        let topic = words.joined(separator: " ")
        return ContentTerms.terms(in: topic).isEmpty ? nil : topic
    }

    private func piecesOfStep(_ sentence: String) -> [Piece] {
        guard let prepared = prepared(sentence) else { return [] }
        let negatives = checker.assess(prepared).wording.filter { $0.violation.category == .negativeWording }
        guard !negatives.isEmpty else { return [.text(prepared)] }
        let segments = Self.contrastSegments(of: prepared)
        // A change the shortcoming is made of ("청소시간에 사라짐") tells no change of it.
        let changeInFinding = negatives.contains { finding in ChangeWords.occur(in: finding.violation.excerpt) }
        if segments.count == 1, Self.recordsAChange(prepared, after: negatives), !changeInFinding {
            // The notes record the change itself ("계획표를 만든 뒤 지각이 줄어듦"): that is what the
            // record states.
            return [.text(prepared)]
        }
        // Conduct (a quarrel, a rule broken) is no starting point of a skill: "말다퉜으나 서로 악기
        // 내려놓고 나감" tells the incident, not growth.
        let conduct = negatives.contains { finding in Self.aspect(finding).map(Self.conductAspects.contains) ?? false }
        if !conduct, let turn = Self.startingPointTurn(in: prepared) {
            let after = String(prepared[turn...])
            if ContentTerms.terms(in: after).count >= 2,
               NotesReading.laterMarkers.contains(where: after.includes)
                || !checker.assess(after).wording.contains(where: { $0.violation.category == .negativeWording })
            {
                // A shortcoming told as where the student started, and what followed ("과정 생략
                // 많았으나 피드백 후 단계별로 씀"): the growth the record states, as it stands.
                return [.text(prepared)]
            }
        }
        var pieces: [Piece] = []
        let changed = !changeInFinding && segments.contains { segment in ChangeWords.occur(in: segment) }
        let findingsBySegment = segments.map { segment in
            checker.assess(segment).wording.filter { $0.violation.category == .negativeWording }
        }
        var answered: String?
        var answeredSetting: String?
        for (index, segment) in segments.enumerated() {
            let findings = findingsBySegment[index]
            if findings.isEmpty {
                guard !ContentTerms.terms(in: segment).isEmpty else { continue }
                // "농구하다 / 몸싸움": the setting of the shortcoming after it is its story too.
                if index + 1 < segments.count, !findingsBySegment[index + 1].isEmpty,
                   Self.shortcomingSettingEnds.contains(where: segment.trimmingTrailingComma.hasSuffix)
                    || Self.isNamedSetting(segment.trimmingTrailingComma)
                {
                    continue
                }
                // "몸싸움 / 직전까지 감": a segment that measures the shortcoming before it is its story.
                if index > 0, !findingsBySegment[index - 1].isEmpty,
                   let first = segment.split(separator: " ").first, Self.dependentOpeners.contains(where: first.hasPrefix)
                {
                    continue
                }
                // "친구 관계 좁지만 / 깊음": one word after the shortcoming says nothing without it.
                if index > 0, !findingsBySegment[index - 1].isEmpty, !segment.trimmed.contains(" ") { continue }
                // What the student did about the shortcoming before it ("다툼이 있었는데 먼저 사과함"):
                // too short to stand alone, it keeps the setting the shortcoming gave it; and where the
                // shortcoming's words named the setting ("모둠 발표에서 발음은 어색한데 내용 구성은 좋음"),
                // the answer keeps that.
                if let setting = answered.flatMap({ Self.settings[$0] }), ContentTerms.terms(in: segment).count < 3 {
                    pieces.append(.text(setting + " " + segment))
                } else if let setting = answeredSetting, Self.leadingSetting(of: segment) == nil {
                    pieces.append(.text(setting + " " + segment))
                } else {
                    pieces.append(.text(segment))
                }
                answered = nil
                answeredSetting = nil
            } else if Self.recordsAChange(segment, after: findings), !changeInFinding {
                pieces.append(.text(segment))
            } else if let aspect = findings.lazy.compactMap(Self.aspect).first {
                // A starting point the same sentence shows changing ("서툴렀지만 … 늘어남"), or answers
                // with what the student did ("다퉜지만 먼저 사과함"), is told by that; one with
                // neither is an expectation.
                let answeredLater = segments.indices.dropFirst(index + 1).contains { later in
                    findingsBySegment[later].isEmpty && !ContentTerms.terms(in: segments[later]).isEmpty
                }
                if answeredLater {
                    answered = aspect
                    answeredSetting = Self.leadingSetting(of: segment)
                } else if !changed {
                    pieces.append(.shortcoming(aspect: aspect))
                }
            }
        }
        return pieces
    }

    /// Whether the text records a change of its shortcoming: a change word after it ("계획표를 만든 뒤
    /// 지각이 줄어듦"). One before it is what led to the shortcoming ("친구 코드를 말없이 고쳐서 다툼이 있었음").
    private static func recordsAChange(_ text: String, after findings: [RuleChecker.ClauseAssessment.Finding]) -> Bool {
        let start = findings.compactMap { text.byteOffset(of: $0.violation.excerpt) }.min() ?? 0
        return ChangeWords.occur(in: String(decoding: text.utf8.dropFirst(start), as: UTF8.self))
    }

    /// Endings that make a clause the time or place of the next one ("농구하다 몸싸움").
    private static let shortcomingSettingEnds = ["하다", "다가", "하던 중", "던 중", "하는 중", "도중", "하다가"]

    /// "수학여행 장소 투표인데 …": a noun said to be the occasion, which alone tells nothing. An
    /// evaluation before 인데 ("논리적인데", "우수한데") is content of its own.
    private static func isNamedSetting(_ segment: String) -> Bool {
        guard let last = segment.split(separator: " ").last else { return false }
        // The clause comes here as its noun form ("투표인데" → "투표임").
        let ending = ["인데", "임"].first(where: last.hasSuffix)
        guard let ending else { return false }
        let noun = String(last.dropLast(ending.count))
        return noun.count >= 2 && !noun.hasSuffix("적") && !SentenceForms.isEvaluation(noun) && !Style.isDescriptiveRoot(noun)
            && !SentenceForms.isRole(noun) && noun.unicodeScalars.allSatisfy(Hangul.isSyllable)
    }

    /// Aspects of conduct rather than of a skill the student is growing in.
    private static let conductAspects: Set<String> = ["갈등 조정", "생활 규칙 준수", "규칙적인 생활 습관", "협력", "경청", "꼼꼼한 자기 관리", "안전 수칙 준수", "배려 있는 언행"]

    /// Words that open a segment only as the measure or consequence of what came before it.
    private static let dependentOpeners = ["직전", "직후", "일보", "끝에", "정도", "때문", "탓", "바람에", "지경"]

    /// Where what followed a starting point begins: the word after "…었으나", "…했으나", "…였으나".
    static func startingPointTurn(in sentence: String) -> String.Index? {
        var position = sentence.startIndex
        for word in sentence.split(separator: " ") {
            let end = sentence.index(position, offsetBy: word.count)
            if word.hasSuffix("으나"), let tense = word.dropLast(2).unicodeScalars.last, Hangul.finalIndex(tense) == Hangul.Final.ssangSiot {
                return end < sentence.endIndex ? sentence.index(after: end) : nil
            }
            // "처음엔 1개도 못 했는데 수행 때 연속 15개": a past state the line places at the start.
            if word.hasSuffix("는데"), let tense = word.dropLast(2).unicodeScalars.last,
               Hangul.finalIndex(tense) == Hangul.Final.ssangSiot,
               NotesReading.earlierMarkers.contains(where: { String(sentence[..<position]).includes($0.trimmed) })
            {
                return end < sentence.endIndex ? sentence.index(after: end) : nil
            }
            position = end < sentence.endIndex ? sentence.index(after: end) : end
        }
        return nil
    }

    /// Words that end the setting a clause opens with ("모둠 발표에서", "수업 시간에", "체육대회 때").
    private static let settingEnds = ["에서", "에서는", "시간에", "시간에는", "때", "때는", "중에", "중에는", "수업에서"]

    /// The setting a clause opens with, up to four words ending in one of `settingEnds`; nil when it
    /// opens with none.
    static func leadingSetting(of clause: String) -> String? {
        let words = clause.split(separator: " ").map(String.init)
        guard let end = words.prefix(4).firstIndex(where: { word in settingEnds.contains(where: word.hasSuffix) }) else { return nil }
        // "처음엔 발표할 때": the time belongs to the shortcoming, the setting to both.
        let setting = words[...end].filter { word in !NotesReading.earlierMarkers.contains(where: { $0.trimmed == word }) }
        return setting.isEmpty ? nil : setting.joined(separator: " ")
    }

    /// "축제(축제)": a note that says again the word it follows, as a name made generic leaves it
    /// ("한빛제(학교 축제)" → "축제(축제)"), said once.
    static func withoutRepeatedNotes(_ text: String) -> String {
        guard text.contains("(") else { return text }
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") {
            let note = rest[rest.index(after: open)..<close]
            result += rest[..<open]
            let before = result.split(separator: " ").last ?? ""
            let repeats = !note.isEmpty && !before.isEmpty && (before.hasSuffix(note) || note.hasSuffix(before))
            if !repeats { result += rest[open...close] }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// The sentence with characters NEIS cannot take removed, praise toned down, the subject and
    /// framing words dropped and forbidden names made generic; nil when it holds content no record
    /// may keep in any form (대회, 점수, an instruction to the writer …).
    func prepared(_ sentence: String) -> String? {
        // "'…?' ← 질문 좋았음": what follows a back arrow is the teacher's comment on what precedes it.
        let commented = sentence.includes("←") || sentence.includes(" <- ")
            ? (sentence.range(of: "←") ?? sentence.range(of: " <- ")).map { String(sentence[..<$0.lowerBound]).trimmed } ?? sentence : sentence
        var text = Self.strippingDisallowedCharacters(commented)
        // "변화 O", "발표 X": the teacher's tick on a line says nothing a record can state.
        let words = text.split(separator: " ")
        if words.count <= 3, words.contains(where: { Self.ticks.contains(String($0.filter { !$0.isPunctuation })) }) { return nil }
        // "2학기에도 큰 변화X": a mark against the word it closes says there was none, the teacher's tick.
        let unnoted = Shorthand.withoutParentheses(text).split(separator: " ")
        if unnoted.count <= 4, let raw = unnoted.last, !raw.contains("("), !raw.contains(")"),
           let last = Optional(String(raw.filter { !$0.isPunctuation })), last.count >= 2,
           ["X", "x"].contains(last.last.map(String.init) ?? ""), last.dropLast().last.map({ $0.unicodeScalars.allSatisfy(Hangul.isSyllable) }) == true
        {
            return nil
        }
        if NonRecordSentences.isAttendanceTally(text) || NonRecordSentences.isPlanNotYetDone(text) || NonRecordSentences.isBareVerdict(text)
            || NonRecordSentences.isVerdictOnThePerson(text) || NonRecordSentences.isOnlyConnectives(text) { return nil }
        text = NonRecordSentences.withoutYearLead(text)
        // "존중.", "굿!": one word with no predicate is the teacher's reaction, not a fact.
        // "체육부장": a role held is a fact ("체육부장을 맡음").
        if words.count == 1, let word = words.first.map({ String($0.filter { !$0.isPunctuation }) }), !Style.endsWithVerbalNoun(word),
           !SentenceForms.hasPredicate(word), !SentenceForms.isRole(word),
           // "코딩동아리 (파이썬)": the club the student is in is a fact ("…에서 활동함").
           !word.contains("동아리")
        {
            return nil
        }
        if text.unicodeScalars.contains(where: Self.toneDownStarts.contains) {
            for (from, to) in Self.toneDown { text = text.replacingAll(from, with: to) }
        }
        text = Self.strippingSubject(text)
        // The teacher's asides go first: one that excludes the sentence ("(교외라 시간만 반영?)", "(대학명
        // 빼야 함)") takes the sentence with it; one that only comments ("(아이디어 좋다!)") goes alone.
        guard let withoutAsides = Self.withoutTeachersAsides(text) else { return nil }
        text = withoutAsides
        guard var kept = checker.neutralized(text) ?? checker.neutralized(withoutForbiddenAsides(text)) ?? admissibleMainClause(of: text)
            ?? withoutTeachersClause(of: text)
        else { return nil }
        for finding in checker.assess(kept).wording where finding.rephrasing == .dropTerm {
            kept = kept.replacingAll(finding.violation.excerpt + " ", with: "").replacingAll(finding.violation.excerpt, with: "")
        }
        kept = Self.withoutRepeatedNotes(kept.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " "))
        var scalars = Substring(kept).unicodeScalars
        // What a removed name leaves: "김서윤: 현대시 …", "박지호 - 1학기에 …".
        while let first = scalars.first, first == "," || first == " " || first == ":" || first == "-" { scalars = scalars.dropFirst() }
        kept = String(scalars: scalars)
        // What is left of a sentence whose clause was left out must still say something of its own:
        // "친구 관계 좁지만 깊음" without its first clause is "깊음", said of nothing.
        if kept != text, !kept.contains(" ") { return nil }
        return ContentTerms.terms(in: kept).isEmpty ? nil : kept
    }

    /// The sentence without each parenthesis that holds content no record may keep: "희망 진로: 간호사
    /// (어머니가 간호사라 어릴 때부터 관심)" → "희망 진로: 간호사". The rest is said as the teacher wrote it.
    private func withoutForbiddenAsides(_ text: String) -> String {
        Self.sortingAsides(text) { aside, _ in checker.assess(aside).forbidden.isEmpty ? .keep : .drop } ?? text
    }

    /// What becomes of a parenthesis of the notes: kept, left out alone, or taking its sentence with it.
    enum AsideFate { case keep, drop, excludeSentence, replace(String) }

    /// The text with each top-level parenthesis kept or left out as `fate` decides, given the aside and
    /// the text before it; nil when an aside excludes the sentence.
    static func sortingAsides(_ text: String, _ fate: (_ aside: String, _ before: String) -> AsideFate) -> String? {
        guard text.contains("(") else { return text }
        var result = ""
        var aside = ""
        var depth = 0
        for character in text {
            if character == "(" { depth += 1 }
            if depth > 0 { aside.append(character) } else { result.append(character) }
            if character == ")", depth > 0 {
                depth -= 1
                guard depth == 0 else { continue }
                switch fate(aside, result) {
                case .excludeSentence: return nil
                case .drop: result = result.trimmed
                case .keep: result += aside
                case .replace(let kept): result += kept
                }
                aside = ""
            }
        }
        return (result + aside).split(separator: " ").joined(separator: " ")
    }

    /// A parenthesis in which the teacher speaks to themself: "(아이디어 좋다!)", "(교외라 시간만 반영?)",
    /// "(가족이라 애매 ㅠ)". A note of the record's own ("(총 3회)", "(찬성 측)") neither exclaims nor asks.
    static func isTeachersAside(_ aside: String) -> Bool {
        if aside.unicodeScalars.contains(where: { "!?ㅠㅜㅋㅎ".unicodeScalars.contains($0) })
            || ["애매", "좋다", "대박", "기특", "주관", "듯", "확인", "짧게", "간단히", "간략히", "길게", "자세히", "순화", "표현은"].contains(where: aside.includes)
        {
            return true
        }
        // "물고 늘어짐(예리함)", "(굿)": one word of praise is the teacher's verdict, not a note of the record's.
        let inner = String(aside.dropFirst().dropLast()).trimmed
        return !inner.contains(" ") && (verdicts.contains(inner) || inner.hasSuffix("함") && Style.isDescriptiveRoot(String(inner.dropLast())))
    }

    private static let verdicts: Set<String> = ["예리함", "굿", "최고", "인상적", "감동", "good", "Good", "훌륭", "대단함", "센스"]

    /// Words of an aside that tell the sentence itself is not to be recorded as it stands.
    private static let exclusionWords = ["교외", "제외", "빼", "기재", "쓰지", "적지", "지워", "X)", "x)", "비공개"]

    /// "(기록X)", "(기재 x)": an X closing the aside crosses it out; "(phyphox)" is a word that ends in x.
    private static func marksOut(_ aside: String) -> Bool {
        guard aside.hasSuffix("X)") || aside.hasSuffix("x)") else { return false }
        // "(프로그램명X)", "(학교명 X)": the name is what must not be written, the sentence stays.
        if aside.dropLast(2).trimmed.hasSuffix("명") { return false }
        let before = aside.dropLast(2).last
        return before.map { !($0.isASCII && $0.isLetter) } ?? true
    }

    /// The sentence without the teacher's asides; nil when one of them excludes the sentence.
    /// "1학년 땐 프로그래머였음", "1학년 땐 프로그래머 → 기획 쪽으로 바뀜": what the student hoped for before.
    private static func isEarlierHope(_ inner: String) -> Bool {
        guard ["땐", "때는", "때엔", "때 "].contains(where: inner.includes) else { return false }
        if inner.hasSuffix(" 바뀜"), ["였다가 ", "이었다가 "].contains(where: inner.includes) { return true }
        return ["였음", "이었음", "였다", "이었다", "였어요", "이었어요", "바뀜", "바뀌었"].contains(where: inner.hasSuffix)
    }

    static func withoutTeachersAsides(_ text: String) -> String? {
        sortingAsides(text) { aside, before in
            // "(상대 학생 이름은 당연히 빼고)": the name is left out, the sentence stays.
            if ["이름", "학교명", "실명"].contains(where: aside.includes) { return .drop }
            let excluded = exclusionWords.contains { word in
                guard aside.includes(word) else { return false }
                if word == "제외" { return !MemoLines.namesWhatIsLeftOut(aside) }
                if word == "X)" || word == "x)" { return Self.marksOut(aside) }
                return true
            }
            if excluded {
                return .excludeSentence
            }
            // "새벽까지 했다고(?)": the teacher doubts the sentence; it is not stated as fact.
            if aside.filter({ !"()? ".contains($0) }).isEmpty, aside.contains("?") { return .excludeSentence }
            // "친구 질문(당첨금 이월되면 기댓값 달라지나?)": the question asked is the content.
            let isQuestionAsked = ["질문", "물음", "궁금증", "의문"].contains(where: before.trimmed.hasSuffix) && aside.contains("?")
            if isTeachersAside(aside) && !isQuestionAsked { return .drop }
            if aside.hasSuffix("X)") || aside.hasSuffix("x)"), aside.dropLast(2).trimmed.hasSuffix("명") { return .drop }
            // "연기 나서 중단(안전교육 다시 함)", "사물함 문 고침(드라이버 빌려 감)": a sentence of its own inside
            // the parentheses is a side remark; a note of the record's own names, counts or dates.
            let inner = String(aside.dropFirst().dropLast()).trimmed
            // "(5/19 체육시간)": the day the teacher noted goes, as at a line's start; what is left stays.
            if let first = inner.split(separator: " ").first, Shorthand.isDayOfMonth(String(first)) {
                let rest = inner.dropFirst(first.count).trimmed
                return rest.isEmpty ? .drop : .replace("(" + rest + ")")
            }
            // "진로: 기자 (데이터 저널리즘 관심)": the field of interest beside a career is what the line says.
            // "진로: 게임 기획자 (1학년 땐 프로그래머였음)", "(… 프로그래머 → 기획 쪽으로 바뀜)": the hope before it
            // is the line's too.
            let beside = ["진로:", "희망:", "장래희망", "희망 진로", "꿈:", "진로 -", "진로 희망"]
            if inner.hasSuffix("관심") || Self.isEarlierHope(inner), beside.contains(where: before.includes) { return .keep }
            return inner.split(separator: " ").count >= 2 && isPredicate(String(inner.split(separator: " ").last ?? ""))
                && !inner.hasPrefix("본인") ? .drop : .keep
        }
    }

    /// Connectives after which the main clause does not follow from what came before: "…들었고,",
    /// "…다니면서", "…있었는데". After 아서/어서 it does ("토플 점수를 받아서 실력을 인정받음"), so none.
    private static let independentConnectives = ["고", "며", "면서", "는데", "은데", "지만"]
    /// Connectives whose main clause comments on the clause they close: after one that holds the
    /// forbidden content, the main clause is about it ("88점으로 떨어졌는데 본인이 계산 실수라고 분석함").
    private static let commentedConnectives = ["는데", "은데"]
    /// Last syllables of a verb that modifies the noun after it ("아르바이트하며 겪은 문제를"): a clause
    /// opening with one is the rest of a phrase, not a sentence.
    private static let modifierEnds = Set("은는던된든운낀린친긴온준본쓴".unicodeScalars)
    private static let causalConnectives = ["서", "라", "니까", "어", "아", "여"]
    /// Words of a childhood or a home a parent's work filled: "어릴 때부터", "집에서 자주".
    private static let homeCues = ["어릴 때", "어렸을 때", "어릴 적", "어린 시절", "집에서", "집안", "이야기를 많이 들", "얘기를 많이 들", "이야기를 자주 들", "얘기를 자주 들"]
    /// Connectives that only order two events: the second happens once the first is over.
    private static let sequenceVerbs = ["끝나고", "끝나면", "마치고", "마치면", "끝내고", "다녀오고", "갔다 오고"]

    /// Endings that close a clause inside a sentence.
    private static let clauseEnds = ["으나", "었으나", "았으나", "였으나", "지만", "는데", "은데", "고", "며", "면서"]

    /// Marks a teacher ticks a line with.
    private static let ticks: Set<String> = ["O", "X", "o", "x", "△", "○", "✓", "✔"]

    /// The sentence's main (last) clause when forbidden content sits only in the clauses before it,
    /// joined by a connective that does not make the main clause its consequence, and the main clause
    /// says something on its own ("Coursera 강의를 들었고, 손실 회피 사례를 찾아봄" → "손실 회피 사례를
    /// 찾아봄"); nil otherwise.
    private func admissibleMainClause(of text: String) -> String? {
        let clauses = ClauseSplitter.clauses(of: text)
        guard clauses.count > 1, let main = clauses.last else { return nil }
        var joint = clauses[clauses.count - 2].text
        if joint.hasSuffix(",") { joint.removeLast() }
        // A parent's job is never what the main clause is made of: "아버지가 의사셔서 의학에 관심 많음"
        // keeps "의학에 관심 많음". After other content it may be ("토플 점수를 받아서 …").
        let onlyParent = checker.assess(joint).forbidden.allSatisfy { $0.violation.category == .parentStatus }
            && !checker.assess(joint).forbidden.isEmpty
        // "학원 끝나고 새벽 1시에 잔다고 함": what happens after the forbidden clause is still its story.
        let afterIt = Self.sequenceVerbs.contains { joint.hasSuffix($0) }
        let commented = Self.commentedConnectives.contains(where: joint.hasSuffix) && !checker.assess(joint).forbidden.isEmpty
        // "어머니가 간호사셔서 어릴 때부터 병원 이야기를 많이 들음": what came of the parent's work at home
        // is the family's story, not the student's doing.
        let homeStory = onlyParent && Self.homeCues.contains(where: main.text.includes)
        guard !afterIt, !commented, !homeStory,
              Self.independentConnectives.contains(where: joint.hasSuffix) || onlyParent && Self.causalConnectives.contains(where: joint.hasSuffix),
              Anaphora.opener(of: main.text) == .none,
              ContentTerms.terms(in: main.text).count >= 3,
              main.text.split(separator: " ").first?.unicodeScalars.last.map(Self.modifierEnds.contains) == false,
              // "…, 지윤이가 구조를 잡음": a clause with a name of its own is someone else's doing.
              !checker.assess(main.text).forbidden.contains(where: { $0.violation.category == .personalInformation }),
              let kept = checker.neutralized(main.text)
        else { return nil }
        return kept
    }

    /// The sentence without the one clause in which the teacher speaks ("…경향이었으나 10월쯤 말해 줬고
    /// 이후 공유 드라이브를 만들어서 나눔" → "…경향이었으나 이후 공유 드라이브를 만들어서 나눔"): a talk
    /// the teacher had is left out, and what the student did before and after it stays, in its order.
    /// Nil when anything else in the sentence is not admissible.
    private func withoutTeachersClause(of text: String) -> String? {
        let clauses = ClauseSplitter.clauses(of: text).map(\.text)
        let findings = checker.assess(text).forbidden
        guard clauses.count > 1, findings.count == 1, let finding = findings.first, finding.violation.category == .instructionText,
              let span = finding.violation.span
        else { return nil }
        // The clauses the finding spans ("말해 | 줬고" are two clauses of one talk), in UTF-16 offsets as spans are.
        let units = Array(text.utf16)
        var offset = 0
        var spanned: [Int] = []
        var firstStart = 0
        var lastEnd = 0
        for (index, clause) in clauses.enumerated() {
            let clauseUnits = Array(clause.utf16)
            while offset < units.count, units[offset] != clauseUnits.first { offset += 1 }
            let end = offset + clauseUnits.count
            if end > span.start && offset < span.end {
                if spanned.isEmpty { firstStart = offset }
                spanned.append(index)
                lastEnd = end
            }
            offset = end
        }
        // "…말해 줬고 이후 …", "짚어 줬더니 다시 찾아보고 …": the talk ends where the student's doing starts.
        let talkEnds = ["고", "더니", "니까"]
        guard let first = spanned.first, let last = spanned.last, last < clauses.count - 1,
              talkEnds.contains(where: clauses[last].hasSuffix)
        else { return nil }
        // "있었으나 10월쯤 말해 줬고": what the clause said before the talk, up to its own connective, stays.
        let before = String(decoding: units[firstStart..<max(firstStart, span.start)], as: UTF16.self).split(separator: " ").map(String.init)
        let kept = before.lastIndex(where: { word in Self.clauseEnds.contains(where: word.hasSuffix) }).map { before[...$0] } ?? []
        // "줬더니 다시 찾아보고": what follows a talk that closed in the same clause is the student's.
        var afterStart = min(span.end, lastEnd)
        while afterStart < lastEnd, units[afterStart] != 0x20 { afterStart += 1 }
        let talkWord = String(decoding: units[firstStart..<afterStart], as: UTF16.self).split(separator: " ").last.map(String.init) ?? ""
        let after = talkEnds.contains(where: talkWord.hasSuffix)
            ? String(decoding: units[afterStart..<lastEnd], as: UTF16.self).trimmed : ""
        return checker.neutralized((clauses[..<first] + kept + (after.isEmpty ? [] : [after]) + clauses[(last + 1)...]).joined(separator: " "))
    }

    private static func aspect(_ finding: RuleChecker.ClauseAssessment.Finding) -> String? {
        if case .expectation(let aspect) = finding.rephrasing { return aspect }
        return nil
    }

    /// Removes the sentence's subject when it is the student: "이 학생은", "김민지 학생은", "저는".
    static func strippingSubject(_ text: String) -> String {
        for subject in subjects where text.hasPrefix(subject) {
            return String(text.dropFirst(subject.count))
        }
        // "<이름> 학생은 …", "<이름> 학생이 …": a name of up to two words before 학생.
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        for count in 1...2 where words.count > count {
            let word = words[count]
            if ["학생은", "학생이", "학생이는", "학생도"].contains(word) {
                return words.dropFirst(count + 1).joined(separator: " ")
            }
        }
        return text
    }

    /// The sentence cut after each contrasting connective ("발표가 서툴렀지만 | 자료 정리를 맡으며 …"),
    /// each part ending in its own predicate in noun form; one part when there is no contrast.
    static func contrastSegments(of sentence: String) -> [String] {
        itemsOfList(sentence).flatMap(contrastSegmentsOfItem)
    }

    /// A line of comma-separated items, each closed on a role or an evaluation ("중재 역할, 말수 적지만
    /// 듣는 것을 잘함" → "중재 역할" | "말수 적지만 듣는 것을 잘함"): each item is assessed
    /// on its own, so a shortcoming in one never takes another with it.
    private static func itemsOfList(_ sentence: String) -> [String] {
        guard sentence.includes(", ") else { return [sentence] }
        var items: [String] = []
        var current: [Substring] = []
        for word in sentence.split(separator: " ") {
            current.append(word)
            guard word.hasSuffix(","), word.count > 1 else { continue }
            let core = String(word.dropLast())
            // Only an item closed on a role or an evaluation: "졸음, 두 번 깨움" is one item.
            if ["역할", "담당"].contains(where: core.hasSuffix) || SentenceForms.isEvaluation(core)
                || SentenceForms.isRole(core)
            {
                current[current.count - 1] = Substring(core)
                items.append(current.joined(separator: " "))
                current = []
            }
        }
        if !current.isEmpty { items.append(current.joined(separator: " ")) }
        return items.count > 1 ? items : [sentence]
    }

    private static func contrastSegmentsOfItem(_ sentence: String) -> [String] {
        let clauses = ClauseSplitter.clauses(of: sentence)
        var segments: [String] = []
        var current: [String] = []
        for clause in clauses {
            if clause.connectiveStem != nil, contrastEndings.contains(where: clause.text.hasSuffix) {
                current.append(ClauseForms.nounForm(of: clause))
                segments.append(current.joined(separator: " "))
                current = []
            } else {
                current.append(clause.text)
            }
        }
        if !current.isEmpty { segments.append(current.joined(separator: " ")) }
        return segments
    }

    /// Keeps what NEIS takes (title marks included: 『나는 간호사, 사람입니다』), with unit signs written
    /// out ("31.2℃" → "31.2도") and anything else dropped.
    static func strippingDisallowedCharacters(_ text: String) -> String {
        var kept: [Unicode.Scalar] = []
        for scalar in UnitSymbols.writingOut(text.nfc).unicodeScalars {
            if (0x3131...0x318E).contains(scalar.value) {
                // "최고 ㅋ", "ㅠㅠ": a laugh or a tear typed in letters is no word, and must not join the syllable before it.
                continue
            } else if placeholderMarks.contains(scalar) {
                // "○○대 SW캠프": a hidden name is still a name; the checker knows "OO" for it.
                kept.append("O")
            } else if CharacterCheck.isAllowed(scalar) {
                kept.append(scalar)
            } else if ScalarText.isNewline(scalar) || scalar.properties.isWhitespace {
                kept.append(" ")
            }
        }
        // What was dropped can leave empty parentheses behind: "경어 사용(いらっしゃいませ)" → "경어 사용".
        // Quotes of words in a script NEIS cannot take ("「ございます」") are left empty the same way.
        var text = withoutEmptyParentheses(String(scalars: kept))
        for empty in ["「」", "『』", "《》", "〈〉", "''", "\"\"", "‘’", "“”"] where text.includes(empty) {
            // "「…」「…」같은 표현": what was likened to is gone, and the likeness with it.
            text = text.replacingAll(empty + "같은 ", with: "").replacingAll(empty + " 같은 ", with: "")
            text = withParticleOnTheWordBefore(empty, in: text).replacingAll(empty, with: "")
        }
        return text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    private static let placeholderMarks = Set("○◯●◎".unicodeScalars)

    /// "마쓰오 바쇼 「」를 번역함" → "마쓰오 바쇼를 번역함": the particle of an emptied quote goes onto the
    /// word before it, in the form that word takes.
    private static func withParticleOnTheWordBefore(_ empty: String, in text: String) -> String {
        var text = text
        for (withFinal, withoutFinal) in [("을", "를"), ("이", "가"), ("은", "는"), ("과", "와"), ("으로", "로")] {
            for particle in [withFinal, withoutFinal] where text.includes(" " + empty + particle + " ") {
                guard let range = text.range(of: " " + empty + particle + " ") else { continue }
                let before = text[..<range.lowerBound]
                let word = String(before.split(separator: " ").last ?? "")
                guard let last = word.unicodeScalars.last, Hangul.isSyllable(last) else { continue }
                text.replaceSubrange(range, with: Hangul.particle(after: word, withFinal: withFinal, withoutFinal: withoutFinal) + " ")
            }
        }
        return text
    }

    /// The text without parentheses that hold nothing but punctuation and spaces.
    private static func withoutEmptyParentheses(_ text: String) -> String {
        guard text.contains("(") else { return text }
        var result = ""
        var group = ""
        var open = false
        for character in text {
            if character == "(" {
                if open { result += group }
                group = "("
                open = true
            } else if open {
                group.append(character)
                if character == ")" {
                    // "df.mean()": a call, not an emptied note.
                    let call = group == "()" && result.last.map { $0.isASCII && ($0.isLetter || $0.isNumber) } == true
                    if call || group.contains(where: { $0.isLetter || $0.isNumber }) { result += group }
                    group = ""
                    open = false
                }
            } else {
                result.append(character)
            }
        }
        return result + group
    }
}

private extension String {
    /// The clause without the comma the teacher put after it.
    var trimmingTrailingComma: String { hasSuffix(",") ? String(dropLast()).trimmed : trimmed }
}
