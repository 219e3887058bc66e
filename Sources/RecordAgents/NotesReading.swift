import RecordRules

/// The notes read sentence by sentence into what a record may state: each recordable notes sentence
/// becomes one record sentence (or a few, for a 개조식 list) in 음슴체, scored for what the three
/// strategies select on; each shortcoming without a recorded change becomes an aspect to express as
/// an expectation. Nothing here combines two notes sentences.
struct NotesReading: Sendable {
    struct Sentence: Sendable {
        /// The notes sentence it states (`NotesSentences` index) and its paragraph.
        let source: Int
        let paragraph: Int
        /// The record sentences, period included; the first with its opener ("이 과정에서 …").
        let texts: [String]
        /// The first record sentence without a removable opener, for when the sentence it pointed at
        /// is not just before it; nil when there is no such opener.
        let withoutOpener: String?
        /// It starts with a word that needs the notes sentence before it ("이를 친구들에게 설명함").
        let bindsPrevious: Bool
        let competencies: [Competency: Int]
        let growth: Int
        let outcome: Int
        /// How much it says: content words, numbers and names count; used to keep the most specific.
        let specificity: Int
        /// How much it still reads like notes (`Roughness`): the concise draft keeps the smoothest.
        let roughness: Int

        var text: String { texts.joined(separator: " ") }
    }

    struct Shortcoming: Sendable {
        let source: Int
        let paragraph: Int
        let aspect: String
    }

    let sentences: [Sentence]
    let shortcomings: [Shortcoming]

    /// "…만들어서 해결함." after "급식실 새치기 문제로 언성 높인 적 있음" → "…만들어서 급식실 새치기
    /// 문제를 해결함.": a solving with no object, given the problem the sentence before names (its
    /// words before 문제 or 갈등, at most three); nil when either is missing.
    static func withProblemNamed(_ sentence: String, from before: String) -> String? {
        guard let closing = ["해결함.", "해결했음.", "해결하였음."].first(where: { sentence.hasSuffix(" " + $0) }) else { return nil }
        let body = sentence.dropLast(closing.count + 1)
        // An object already there ("갈등을 해결함") needs nothing.
        if let last = body.split(separator: " ").last, ["을", "를"].contains(where: last.hasSuffix), !last.hasSuffix("서") { return nil }
        let words = before.split(separator: " ").map(String.init)
        guard let problemIndex = words.firstIndex(where: { word in ["문제", "갈등"].contains(where: { word.hasPrefix($0) }) }), problemIndex > 0 else { return nil }
        let head = String(words[problemIndex].prefix(2))
        let modifiers = words[..<problemIndex].suffix(3).reversed().prefix { word in
            word.unicodeScalars.allSatisfy(Hangul.isSyllable) && !SentenceForms.endsInParticle(word) && !word.hasSuffix("에서")
        }.reversed()
        guard !modifiers.isEmpty else { return nil }
        let problem = (modifiers + [head]).joined(separator: " ")
        return body + " " + problem + Hangul.particle(after: problem, withFinal: "을", withoutFinal: "를") + " " + closing
    }
    /// Competencies a shortcoming in the notes contradicts: never named.
    let contradicted: Set<Competency>
    /// What the teacher asked of the record's order ("마지막 문장은 … 쪽으로").
    let directions: TeacherDirections

    init(notes: String, checker: RuleChecker) {
        let cleaner = SentenceCleaner(checker: checker)
        var sentences: [Sentence] = []
        var shortcomings: [Shortcoming] = []
        var negativeText: [String] = []
        var previousRecorded = -2
        // The notes are laid out once, and each sentence assessed once, for every use below: by the
        // checker when it was built on these notes.
        let read = checker.options.notes == notes ? checker.notesReading : nil
        let structure = read?.structure ?? NotesStructure(notes)
        let notesSentences = (read?.sentences ?? NotesSentences(structure)).sentences
        var assessments: [String: RuleChecker.ClauseAssessment] = read?.assessments ?? [:]
        func assessment(_ text: String) -> RuleChecker.ClauseAssessment {
            if let known = assessments[text] { return known }
            let assessed = checker.assess(text)
            assessments[text] = assessed
            return assessed
        }
        let memo = read?.memo ?? MemoLines(structure, assessment: assessment)
        directions = TeacherDirections(sentences: notesSentences.map(\.text)) { text in
            assessment(text).forbidden.contains { $0.violation.category == .instructionText }
        }
        var previousWasLeftOut = false
        var previousParagraph = -1
        for notesSentence in notesSentences {
            defer { previousParagraph = notesSentence.paragraph }
            if memo.contains(paragraph: notesSentence.paragraph, text: notesSentence.text) { continue }
            // "수업 중 조는 일 잦음. 특히 5,6교시. 2학기에도 비슷.", "소논문 씀. 15쪽 정도." — what follows
            // a sentence the record leaves out (a shortcoming, forbidden content) and only measures it
            // goes with it.
            if previousWasLeftOut, previousParagraph == notesSentence.paragraph, DependentSentences.measuresWhatCameBefore(notesSentence.text) {
                continue
            }
            // "1학기 지각 7회 …" then "2학기 지각 1회": the later count of a shortcoming is how far the
            // student brought it down, which the record states.
            let earlier = notesSentences[..<notesSentence.index].filter { $0.paragraph == notesSentence.paragraph }.map(\.text)
            let pieces = Self.countBroughtDown(notesSentence.text, earlier: earlier).map { [SentenceCleaner.Piece.text($0)] }
                ?? cleaner.pieces(of: notesSentence.text)
            let followsLeftOut = previousWasLeftOut && previousParagraph == notesSentence.paragraph
            let previousWasLeftOutBefore = previousWasLeftOut
            previousWasLeftOut = pieces.allSatisfy { if case .shortcoming = $0 { true } else { false } }
            var texts: [String] = []
            for piece in pieces {
                switch piece {
                case .text(let text):
                    // "본인도 인정함 → 이후 …": a step that only answers the left-out sentence goes with it.
                    if followsLeftOut, texts.isEmpty, DependentSentences.measuresWhatCameBefore(text) { continue }
                    var forms = SentenceForms.recordSentences(from: text).filter { !Self.saysOnlyWhenAndHowMany($0) }
                    // "새치기 문제로 언성 높인 적 있음 → 이후 순서표 만들어서 해결": what was solved is the
                    // left-out sentence's problem, named where the record states the solving.
                    let answersLeftOut = followsLeftOut || previousWasLeftOutBefore
                        && ["→", "이후", "그 후", "그래서", "그러자"].contains(where: notesSentence.text.trimmed.hasPrefix)
                    if answersLeftOut, texts.isEmpty, let last = forms.last, let solved = Self.withProblemNamed(last, from: notesSentences[notesSentence.index - 1].text) {
                        forms[forms.count - 1] = solved
                    }
                    texts += forms
                case .shortcoming(let aspect):
                    // The expectation names only what the sentence itself is about ("발표 때 목소리가 작음" →
                    // 발표에 대한 자신감); an aspect the lexicon supplies from elsewhere ("예민해짐" → 과제
                    // 수행) reads to the teacher as a weakness the notes never gave.
                    let stems = aspect.split(separator: " ").filter { $0.count >= 2 }.map { String($0.prefix(2)) }
                    if stems.contains(where: notesSentence.text.includes) {
                        shortcomings.append(Shortcoming(source: notesSentence.index, paragraph: notesSentence.paragraph, aspect: aspect))
                    }
                }
            }
            if assessment(notesSentence.text).wording.contains(where: { $0.violation.category == .negativeWording }) {
                negativeText.append(notesSentence.text)
            }
            guard let first = texts.first else { continue }
            var withoutOpener: String?
            var binds = false
            switch Anaphora.opener(of: first) {
            case .none:
                break
            case .removable(let rest, let opener):
                withoutOpener = rest
                // "혈압 측정 실습 때 손이 떨렸음. 그래서 집에서 연습함.": what the student did about a
                // shortcoming goes with it, or the shortcoming stands alone unanswered.
                if Self.answeringOpeners.contains(opener), let previous = sentences.last, previous.source == notesSentence.index - 1,
                   previous.paragraph == notesSentence.paragraph,
                   checker.assess(previous.texts.joined(separator: " ")).wording.contains(where: { $0.violation.category == .negativeWording })
                {
                    binds = true
                }
            case .binding:
                binds = true
            }
            if Self.isBareChange(first) { binds = true }
            // A sentence that points at one the record cannot state is not stated either.
            // Adjacent is enough: notes typed line by line make each line a paragraph, and "그 뒤로 …" opening
            // a line points at the line above.
            if binds && previousRecorded != notesSentence.index - 1 {
                continue
            }
            let text = texts.joined(separator: " ")
            let terms = ContentTerms.terms(in: text)
            sentences.append(Sentence(
                source: notesSentence.index, paragraph: notesSentence.paragraph, texts: texts,
                withoutOpener: withoutOpener, bindsPrevious: binds, competencies: Competency.scores(in: text),
                growth: NarrativeCues.growthCount(in: text), outcome: NarrativeCues.outcomeCount(in: text),
                specificity: terms.count + terms.filter(\.isFactual).count * 2,
                roughness: texts.reduce(0) { $0 + Roughness.of($1) }))
            previousRecorded = notesSentence.index
        }
        self.sentences = sentences
        blocks = Self.blocks(of: sentences, byParagraph: true)
        // A shortcoming the notes show changing in another sentence ("지각이 잦았다" … "6월부터는
        // 지각이 없었다") is told by that change: no expectation for what already improved.
        // A later period's sentence about the same thing tells the change as well: "과제 2건 기한 넘겨
        // 제출" … "2학기엔 과제 기한 다 지키고 …".
        let changes = notesSentences.filter { sentence in
            ChangeWords.occur(in: sentence.text) || Self.laterMarkers.contains(where: { sentence.text.hasPrefix($0.trimmed) })
        }
        // What the student did next in the same paragraph answers a quarrel or a slip there: "크게 다퉈서
        // 상담실 갔음. … 먼저 쪽지 써서 사과함. 이후 둘이 오히려 짝이 됨."
        func isAnsweredInItsParagraph(_ source: Int) -> Bool {
            notesSentences[(source + 1)...].prefix { $0.paragraph == notesSentences[source].paragraph }.contains { later in
                Self.laterMarkers.contains(where: { later.text.hasPrefix($0.trimmed) }) || ChangeWords.occur(in: later.text)
                    || Self.answerWords.contains(where: later.text.includes)
            }
        }
        // A shortcoming the notes place at the start ("학기 초에는 …", "처음엔 …") with a later state
        // after it ("중반 이후 …", "2학기엔 …") is the start of a story the later sentences tell.
        func isStartingPoint(_ source: Int) -> Bool {
            let sentence = notesSentences[source]
            // The sentence before, and the paragraph's first: "1학기 지각 11회 … / 4/25 … 몸싸움".
            let opening = notesSentences.first { $0.paragraph == sentence.paragraph }?.text ?? ""
            let before = (source > 0 && notesSentences[source - 1].paragraph == sentence.paragraph ? notesSentences[source - 1].text : "") + " " + opening
            guard Self.earlierMarkers.contains(where: { sentence.text.includes($0) || before.includes($0) }) else { return false }
            return notesSentences[(source + 1)...].contains { later in
                Self.laterMarkers.contains(where: later.text.includes) || ChangeWords.occur(in: later.text)
            }
        }
        self.shortcomings = shortcomings.filter { shortcoming in
            if !Self.closesWithExpectation(checker.options.section) { return false }
            if isStartingPoint(shortcoming.source) || isAnsweredInItsParagraph(shortcoming.source) { return false }
            // "말투가 거칠 때 있음 but 후배들한테는 다정함": the sentence itself turns to what the student is.
            if Self.turns.contains(where: notesSentences[shortcoming.source].text.includes) { return false }
            // "말다툼 → 다음날 스스로 먼저 사과": the sentence itself tells what the student did about it.
            let own = notesSentences[shortcoming.source].text
            if own.includes("→") || Self.answerWords.contains(where: own.includes) { return false }
            let topic = Set(ContentTerms.terms(in: notesSentences[shortcoming.source].text).map(\.head))
            return !changes.contains { change in
                change.index != shortcoming.source && !topic.isDisjoint(with: ContentTerms.terms(in: change.text).map(\.head))
            }
        }
        let negatives = negativeText.joined(separator: " ")
        contradicted = Set(Competency.allCases.filter { competency in
            competency.contradictedBy.contains { negatives.includes($0) }
        })
    }

    /// "2학기 지각 1회" after "1학기 지각 7회 (주로 월요일)" → "2학기에는 지각이 1회로 줄어듦."; nil unless
    /// the sentence is a later period, a thing and a count, and an earlier sentence counts more of it.
    static func countBroughtDown(_ sentence: String, earlier: [String]) -> String? {
        let words = sentence.trimmed.trimmingCharacters(in: [".", " "]).split(separator: " ").map(String.init)
        guard words.count == 3, let period = ["학기에는", "학기엔", "학기"].first(where: words[0].hasSuffix),
              words[0].first?.isNumber == true, words[1].count >= 2, words[1].unicodeScalars.allSatisfy(Hangul.isSyllable),
              let (count, unit) = Self.count(words[2])
        else { return nil }
        let thing = words[1]
        let before = earlier.contains { text in
            let parts = text.split(whereSeparator: { " (),.".contains($0) }).map(String.init)
            return parts.indices.dropLast().contains { parts[$0] == thing && (Self.count(parts[$0 + 1]).map { $0.0 > count && $0.1 == unit } ?? false) }
        }
        guard before else { return nil }
        let time = String(words[0].dropLast(period.count)) + "학기에는"
        return "\(time) \(thing)\(Hangul.particle(after: thing, withFinal: "이", withoutFinal: "가")) \(count)\(unit)로 줄어듦."
    }

    private static func count(_ word: String) -> (Int, String)? {
        let digits = word.prefix { $0.isNumber }
        guard let value = Int(digits), let unit = ["회", "번"].first(where: { word.dropFirst(digits.count) == $0 }) else { return nil }
        return (value, unit)
    }

    /// "4월(5월 1번) 3번임.": nothing but times and counts, once what they counted was left out.
    static func saysOnlyWhenAndHowMany(_ sentence: String) -> Bool {
        var text = sentence
        while let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") { text.removeSubrange(open...close) }
        let words = text.split(whereSeparator: { " .,~".contains($0) })
        guard !words.isEmpty else { return true }
        return words.allSatisfy { word in
            var rest = Substring(word)
            for ending in ["임", "함", "됨"] where rest.hasSuffix(ending) && rest.count > 1 { rest = rest.dropLast(ending.count) }
            rest = rest.drop { $0.isNumber }
            while let particle = ["에서", "에는", "부터", "까지", "에", "만", "은", "는", "도"].first(where: { rest.hasSuffix($0) && rest.count > $0.count }) {
                rest = rest.dropLast(particle.count)
            }
            return rest.isEmpty || countAndTimeWords.contains(String(rest))
        }
    }

    private static let countAndTimeWords: Set<String> = [
        "월", "일", "주", "주차", "학기", "번", "회", "개", "명", "차례", "번째", "시간", "분", "초", "쯤", "정도", "이후", "이전", "처음", "한",
        "두", "세", "네", "총", "약", "매주", "매일", "매달",
        // "매주 목 7교시": when a club meets, days by their short names and periods.
        "교시", "월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일", "화", "수", "목", "금", "토", "방과후", "점심시간",
    ]

    /// Words around a bare change ("4월 이후 크게 달라짐") that name no subject of it.
    private static let changeModifiers: Set<String> = ["많이", "크게", "조금", "점점", "점차", "확", "눈에", "띄게", "완전히", "이후", "이후로", "이후로는", "부터", "뒤로", "후",
                                                       "확실히", "훨씬", "거의"]

    static func isBareChange(_ sentence: String) -> Bool {
        var words = sentence.split(separator: " ").map { String($0.filter { !$0.isPunctuation }) }
        guard let last = words.popLast(), DependentSentences.changeOnly.contains(last) else { return false }
        return words.allSatisfy { word in
            changeModifiers.contains(word) || word.first?.isNumber == true || laterMarkers.contains(where: { $0.trimmed == word })
                || ["학기", "월", "주", "부터", "이후", "후"].contains(where: word.hasSuffix)
        }
    }

    /// What the student did that answers a shortcoming before it.
    /// Words inside a sentence that set what follows against the shortcoming before them.
    static let turns = [" but ", " But ", "지만 ", "하지만 ", "그래도 ", "반면 ", "으나 ", "는데도 "]

    /// Openers that say the sentence is what came of the one before: "그래서", "그 후", "이후".
    static let answeringOpeners: Set<String> = ["그래서", "그 후", "이후", "이후에", "그 결과", "따라서", "이에"]

    static let answerWords = ["사과함", "사과했", "먼저 사과", "화해", "고치기로", "바꾸기로", "약속함", "다짐함"]

    static let earlierMarkers = [
        "3월엔", "3월에는", "3월 초", "학년 초", "처음에는", "처음엔", "처음에", "학기 초", "학기초", "초반에는", "초반엔", "초반에", "1학기에는", "1학기엔", "1학기에",
        "예전에는", "전에는", "이전에는", "초기에는", "처음 ", "1학기 ",
    ]
    static let laterMarkers = [
        "2학기", "이후", "나중에는", "나중엔", "후반", "점차", "점점", "이제는", "요즘은", "학기 말", "학기말", "마지막에는", "차츰",
    ]
    /// Only 행동특성 및 종합의견 closes with an expectation: it is the teacher's overall view of the
    /// student. In a 세특 or 창체 entry an open shortcoming only tells the reader what the student lacks,
    /// so it is left out (and reported so).
    static func closesWithExpectation(_ section: Section) -> Bool {
        section == .behavior
    }

    /// The aspects the closing expectation names: the first shortcoming's, with one from the same or
    /// the next notes sentence of its paragraph (a draft sentence comes from one notes sentence, or
    /// two adjacent ones about the same thing). Other shortcomings are left out and reported so.
    var closingAspects: [String] {
        guard let first = shortcomings.first else { return [] }
        return shortcomings.filter { $0.paragraph == first.paragraph && $0.source - first.source <= 1 }.map(\.aspect)
    }

    /// Runs of sentences a draft keeps in the teacher's order: a sentence stays after the one before
    /// it when both are in one paragraph, when it points at it, says it came next ("그 뒤로", "2학기에는"), or opens with what that one
    /// named ("철못 부식 실험 …" then "소금물 조건 부식 가장 빠름"; "실험 결과를 …"). Versions reorder
    /// blocks, never the sentences inside one: a result stays after its experiment, a change after
    /// where it started.
    let blocks: [[Sentence]]
    /// The same runs without the paragraph rule, for notes that are one paragraph or one topic: a
    /// draft that must differ from the teacher's order still moves only what nothing before it binds.
    /// Asked for only then, so it is not worked out for every reading.
    var runs: [[Sentence]] { Self.blocks(of: sentences, byParagraph: false) }

    private static func blocks(of sentences: [Sentence], byParagraph: Bool) -> [[Sentence]] {
        var blocks: [[Sentence]] = []
        var previousTerms: Set<String> = []
        for sentence in sentences {
            let terms = ContentTerms.terms(in: sentence.text).map(\.head)
            let opening = terms.prefix(2).filter { $0.count >= 2 && !Self.generalTerms.contains($0) }
            let shared = Set(terms).filter { $0.count >= 2 && !Self.generalTerms.contains($0) && previousTerms.contains($0) }
            // A paragraph is one topic the teacher wrote in order: what a sentence takes for granted
            // ("제목을 직접 붙였고" after the 비평문, "반대 측이" after the debate) is said before it there.
            if byParagraph, let last = blocks.last?.last, last.paragraph == sentence.paragraph {
                blocks[blocks.count - 1].append(sentence)
            } else if !blocks.isEmpty,
               sentence.bindsPrevious || NarrativeCues.continuesStory(sentence.text)
                || opening.contains(where: previousTerms.contains) || sentence.text.hasPrefix("결과")
                // "철못 부식 실험을 설계함." then "소금물 조건에서 부식이 가장 빠름.": a short sentence about
                // what the one before named is its result or detail; two things named again ("택시 요금") are
                // the same work whatever the length.
                // Runs (asked for only when the notes make one block) move what nothing else binds.
                || byParagraph && (shared.count >= 2 || terms.count <= 5 && !shared.isEmpty)
            {
                blocks[blocks.count - 1].append(sentence)
            } else {
                blocks.append([sentence])
            }
            previousTerms = Set(terms)
        }
        return blocks
    }

    /// Words that name the lesson or the kind of work, not a thing a later sentence goes on about.
    private static let generalTerms: Set<String> = [
        "수업", "활동", "모둠", "학급", "동아리", "시간", "단원", "수행평가", "진로", "탐구", "발표", "보고서", "자료", "친구", "친구들",
        "토론", "학기", "1학기", "2학기", "과제", "학교", "교실", "선생님", "주제", "학생",
    ]

    /// Runs of sentences that must stay together: a sentence that binds to the one before it is
    /// never stated without it, nor apart from it.
    var units: [[Sentence]] {
        var units: [[Sentence]] = []
        for sentence in sentences {
            if sentence.bindsPrevious, !units.isEmpty {
                units[units.count - 1].append(sentence)
            } else {
                units.append([sentence])
            }
        }
        return units
    }
}
