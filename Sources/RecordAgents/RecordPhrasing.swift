import Foundation
import RecordRules

/// Ways a teacher says something in notes that a record says differently, sentence by sentence and
/// without adding anything: the student singled out among others ("먼저 제안한 것도 이 학생임" → "먼저
/// 제안함"; "…한 학생은 이 학생 포함 2명뿐임" → "…함": a record describes the student, never ranks
/// them against classmates), and the teacher's liking for a point ("평균을 낸 점이 좋음" → "…점이
/// 돋보임"), the student ranked against the class ("반에서 가장 자세함" → "매우 자세함"), and times that only the day of writing explains ("지난주에는").
enum RecordPhrasing {
    /// Closings that single the student out after a clause that modifies 것/학생.
    private static let singlingOut = [" 것도 이 학생임.", " 것은 이 학생임.", " 것도 이 학생이었음.", " 사람도 이 학생임.", " 사람은 이 학생임.",
                                      " 것도 이 친구임.", " 것은 이 친구임.", " 것도 이 친구였음.", " 것도 이 아이임.", " 것은 이 아이임."]
    /// Closings that say how the teacher liked a point the sentence names.
    private static let likedPoint = [" 점이 좋음.", " 점이 좋았음.", " 점이 참 좋음.", " 점이 정말 좋았음."]
    /// Closings that say how the teacher liked a thing a modifier before them names.
    private static let likedThing = [" 것이 좋음.", " 것이 좋았음.", " 게 좋았음.", " 게 좋음.", " 것이 인상적임.", " 것이 인상적이었음.", " 게 인상적이었음.",
                                     " 것이 인상 깊었음.", " 게 인상 깊었음.", " 것이 돋보였음."]

    /// What reports a short thought the notes give without quotes ("왜? 하고"): the doing that follows
    /// is the record; the thought, written as the teacher heard it, reads as the record's own question.
    private static let thoughtReporters = ["? 하고 ", "? 하며 ", "? 하면서 ", "! 하고 ", "! 하며 "]
    /// Endings of the word before such a thought: where the thought starts.
    private static let clauseEnds = ["자", "고", "서", "며", "면", "니", "데", ","]

    /// "결과가 적게 나오자 왜? 하고 다시 측정함." → "결과가 적게 나오자 다시 측정함."; nil when the
    /// sentence reports no thought of at most three words.
    private static func withoutReportedThought(_ sentence: String) -> String? {
        // Most sentences have no question or exclamation mark: one pass over the bytes decides.
        guard sentence.utf8.contains(where: { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "!") }),
              let reporter = thoughtReporters.lazy.compactMap({ sentence.includes($0) ? sentence.range(of: $0) : nil }).first
        else { return nil }
        let before = sentence[..<reporter.lowerBound].split(separator: " ")
        let thoughtLength = before.reversed().prefix(while: { word in !clauseEnds.contains(where: word.hasSuffix) }).count
        let rest = sentence[reporter.upperBound...]
        guard (1...3).contains(thoughtLength), rest.split(separator: " ").count >= 2 else { return nil }
        return (before.dropLast(thoughtLength) + [rest]).joined(separator: " ")
    }

    /// "다음에는 물 치환으로 기체를 포집하겠음." → "… 포집할 계획임.": the student's intention, which the
    /// 겠 form would make the writer's own promise.
    private static func plan(_ sentence: String) -> String? {
        guard sentence.hasSuffix("겠음.") else { return nil }
        var stem = Array(sentence.dropLast("겠음.".count).unicodeScalars)
        guard let last = stem.last, let syllable = Hangul.decompose(last) else { return nil }
        switch syllable.final {
        case 0: stem[stem.count - 1] = syllable.with(final: Hangul.Final.rieul).scalar
        case Hangul.Final.rieul: break
        default: stem.append("을")
        }
        return String(String.UnicodeScalarView(stem)) + " 계획임."
    }

    /// "칠판을 정리하고 누가 시킨 것을 아님." → "스스로 … 칠판을 정리함.": what nobody asked for was done
    /// on the student's own initiative.
    private static let unaskedClosings = [" 누가 시킨 것을 아님.", " 누가 시킨 것이 아님.", " 누가 시킨 것 아님.", " 시킨 것을 아님.", " 시킨 것이 아님.",
                                          " 시킨 것 아님.", " 누가 시킨 게 아님."]

    private static func unasked(_ sentence: String) -> String? {
        guard let closing = unaskedClosings.first(where: sentence.hasSuffix) else { return nil }
        let body = String(sentence.dropLast(closing.count))
        guard body.hasSuffix("하고"), body.split(separator: " ").count >= 2 else { return nil }
        return "스스로 " + body.dropLast("하고".count) + "함."
    }

    /// Adverbs a teacher leaves a hint on ("리더십 있음 근데 방향이 가끔..."): the hint says nothing a
    /// record can state, so the sentence ends before it.
    private static let hintAdverbs: Set<String> = ["가끔", "좀", "약간", "조금", "다소", "살짝", "가끔은"]

    private static func withoutTrailingHint(_ sentence: String) -> String? {
        let words = sentence.dropLast().split(separator: " ")
        guard let last = words.last, hintAdverbs.contains(String(last)),
              let turn = words.lastIndex(where: { ["그런데", "근데", "하지만", "그러나"].contains($0) }), turn >= 2
        else { return nil }
        return words[..<turn].joined(separator: " ") + "."
    }

    /// "발표 때 2학기에는 또박또박 말하려고 애씀" → "2학기에는 발표 때 …": when comes before where, as a
    /// record says it (a clause left out between them leaves them the other way round).
    private static func timeBeforeSetting(_ sentence: String) -> String? {
        guard sentence.includes("학기") || sentence.includes("이후") || sentence.includes("후반") || sentence.includes("나중") else { return nil }
        var words = sentence.split(separator: " ").map(String.init)
        guard words.count >= 4, let time = (1...2).first(where: { periodWords.contains(words[$0]) }),
              ["때", "때는", "에서", "에서는", "시간에", "시간에는"].contains(where: words[time - 1].hasSuffix)
        else { return nil }
        words.insert(words.remove(at: time), at: 0)
        return words.joined(separator: " ")
    }

    private static let periodWords: Set<String> = [
        "1학기에는", "1학기엔", "1학기에", "2학기에는", "2학기엔", "2학기에", "이후", "이후에는", "이후엔", "후반에는", "후반엔", "나중에는", "나중엔",
    ]

    /// "(토마토 총 2.3kg )", "( 관련 기관)": a space left inside parentheses by a word taken out, and an
    /// aside that only reports what others said ("(교과쌤들 말로는 …)"), which is hearsay.
    private static func tidiedAsides(_ sentence: String) -> String? {
        guard sentence.includes("(") else { return nil }
        if sentence.includes(" )") || sentence.includes("( ") {
            return sentence.replacingOccurrences(of: " )", with: ")").replacingOccurrences(of: "( ", with: "(")
        }
        guard let open = sentence.firstIndex(of: "("), let close = sentence[open...].firstIndex(of: ")") else { return nil }
        let aside = String(sentence[open...close])
        // "(담임 체크)", "(아무도 안 시켰는데)": the teacher's own remark on what the student did.
        guard ["말로는", "말로 ", "들었", "그러는데", "그러던데", "쌤들", "선생님들", "담임 체크", "담임 확인", "체크)", "안 시켰는데", "안 시켰지만", "시키지 않았는데"]
            .contains(where: aside.includes) else { return nil }
        var without = sentence
        without.removeSubrange(open...close)
        return without.replacingOccurrences(of: "  ", with: " ").replacingOccurrences(of: " .", with: ".")
    }

    /// "탐구 주제가 '…'임." → "'…'을 주제로 탐구함.": the topic named is the one the student worked on.
    private static func topicNamed(_ sentence: String) -> String? {
        guard sentence.hasSuffix("'임.") || sentence.hasSuffix("\"임.") else { return nil }
        for subject in ["탐구 주제가 ", "탐구 주제는 ", "주제가 ", "주제는 "] {
            guard let found = sentence.range(of: subject) else { continue }
            let quote = String(sentence[found.upperBound...].dropLast("임.".count))
            guard let open = quote.first, "'\"".contains(open), quote.count > 2, !quote.dropFirst().dropLast().contains(open) else { return nil }
            let before = String(sentence[..<found.lowerBound]).trimmed
            let inner = String(quote.dropFirst().dropLast())
            return (before.isEmpty ? "" : before + " ") + quote + Hangul.particle(after: inner, withFinal: "을", withoutFinal: "를") + " 주제로 탐구함."
        }
        return nil
    }

    private static func qualityShown(_ sentence: String) -> String? {
        guard sentence.hasSuffix(" 있음.") else { return nil }
        for seen in ["는 것 보면 ", "는 거 보면 ", "는 걸 보면 ", "는 것을 보면 "] {
            guard let found = sentence.range(of: seen), sentence.hasSuffix(" 있음.") else { continue }
            var quality = String(sentence[found.upperBound...].dropLast(" 있음.".count))
            // "리더십이 있음": the quality without the subject particle the notes' shorthand was given.
            for particle in ["이", "가"] where quality.count >= 3 && quality.hasSuffix(particle) {
                let bare = String(quality.dropLast())
                if Hangul.particle(after: bare, withFinal: "이", withoutFinal: "가") == particle { quality = bare }
            }
            guard !quality.isEmpty, !quality.contains(" "), quality.unicodeScalars.allSatisfy(Hangul.isSyllable) else { return nil }
            return sentence[..<found.lowerBound] + "며 " + quality + Hangul.particle(after: quality, withFinal: "을", withoutFinal: "를") + " 보임."
        }
        return nil
    }

    /// Times told from the day the teacher wrote ("지난주에는", "어제"): the record is read a year
    /// later, where they point at nothing.
    private static let relativeTimes = ["지난주에는 ", "지난주엔 ", "지난주에 ", "이번 주에 ", "어제 ", "오늘 ", "요즘 ", "요즘은 ", "얼마 전에 ", "얼마 전 ", "며칠 전에 ", "며칠 전 "]

    /// The sentence with the teacher's 시키다 said as the student's doing: "연습 따로 시킴" → "연습을
    /// 따로 함", "제출시키며" → "제출하며"; nil when it has none.
    private static func causativeUndone(_ sentence: String) -> String? {
        guard sentence.includes("시키") || sentence.includes("시켜") || sentence.includes("시킴") || sentence.includes("시켰") else { return nil }
        var words = sentence.split(separator: " ").map(String.init)
        for (index, word) in words.enumerated() {
            guard let (causative, done) = causatives.first(where: { word.hasPrefix($0.0) || word.dropFirst(2).hasPrefix($0.0) }) else { continue }
            let core = word.hasPrefix(causative) ? "" : String(word.prefix(2))
            // "제출시키며": attached to an action noun. "연습 따로 시킴": the action noun a word or two before.
            if !core.isEmpty {
                guard Style.isVerbalNoun(core) else { continue }
                words[index] = core + done + word.dropFirst(2 + causative.count)
                return words.joined(separator: " ")
            }
            guard index > 0, let noun = words[..<index].suffix(2).last(where: { Style.isVerbalNoun($0) }) else { continue }
            let nounIndex = words[..<index].lastIndex(of: noun)!
            words[nounIndex] = noun + Hangul.particle(after: noun, withFinal: "을", withoutFinal: "를")
            words[index] = done + word.dropFirst(causative.count)
            return words.joined(separator: " ")
        }
        return nil
    }

    /// 시키다's forms and 하다's, in order of length.
    private static let causatives = [("시켰", "했"), ("시키", "하"), ("시켜", "해"), ("시킴", "함")]

    /// "데이터 저널리즘을 소개해 주었고" → "데이터 저널리즘을 소개받았고" when no one is named it was given to.
    private static func givenByTheTeacher(_ sentence: String) -> String? {
        guard !sentence.includes("에게 "), !sentence.includes("한테 "), !sentence.includes("께 ") else { return nil }
        for (given, received) in teacherGivings where sentence.includes(given) {
            return sentence.replacingOccurrences(of: given, with: received)
        }
        return nil
    }

    private static let teacherGivings = [
        ("소개해 주었고", "소개받았고"), ("소개해 줬고", "소개받았고"), ("소개해 주었음.", "소개받음."), ("소개해 줌.", "소개받음."),
        ("추천해 주었고", "추천받았고"), ("추천해 줬고", "추천받았고"), ("추천해 주었음.", "추천받음."), ("추천해 줌.", "추천받음."),
        ("안내해 주었고", "안내받았고"), ("안내해 줬고", "안내받았고"), ("권해 주었고", "권유받았고"), ("권해 줬고", "권유받았고"),
    ]

    /// Words that measure the student against what the teacher expected.
    private static let teacherExpectations = ["생각보다 ", "예상보다 ", "예상외로 ", "의외로 ", "생각했던 것보다 "]
    /// The teacher's feedback, said as what the student received.
    private static let feedbackGiven = [
        ("라고 피드백하여 ", "라는 피드백을 받고 "), ("라고 피드백하고 ", "라는 피드백을 받고 "), ("라고 피드백했고 ", "라는 피드백을 받고 "),
        ("라고 피드백, ", "라는 피드백을 받고 "), ("라고 피드백함.", "라는 피드백을 받음."), ("라고 피드백했음.", "라는 피드백을 받음."),
    ]
    /// What the teacher saw the student grow in: "많이 성장함", "크게 달라짐".
    private static let growthClosings = ["많이 성장", "크게 성장", "한층 성장", "성장함", "성장했", "많이 달라", "크게 달라", "달라짐", "발전함", "많이 발전"]

    /// The student measured against the class ("반에서 가장 자세함"): a record says how, not who is first.
    private static let classRankings = ["우리 반에서 가장 ", "반에서 가장 ", "학급에서 가장 ", "반 전체에서 가장 ", "학년에서 가장 "]

    /// Closings in the teacher's spoken register and how a record says them: the teacher's hedge on a
    /// habit ("먼저 맡는 편임") and impression ("하고 싶어서 하는 느낌임") are what the student was seen doing.
    private static let spokenClosings = [
        ("는 편임.", "는 모습을 보임."), ("는 스타일임.", "는 모습을 보임."),
        // What the teacher saw the student do is what the student showed: "먼저 말 거는 것 봄".
        ("는 것 봄.", "는 모습을 보임."), ("는 것을 봄.", "는 모습을 보임."), ("는 것 봤음.", "는 모습을 보임."), ("는 것이 보임.", "는 모습을 보임."), ("는 편이었음.", "는 모습을 보임."), ("는 느낌임.", "는 모습을 보임."), ("는 느낌이 듦.", "는 모습을 보임."),
        // The teacher's cheer after what the student did ("논리 세움 굿"): the doing is the record.
        (" 굿임.", "."), (" 굿굿임.", "."), (" good임.", "."), (" Good임.", "."),
        // A role the teacher gave is a role the student took: "수거 담당 줘봄", "출석 도우미 맡겨 봄", "조장을 맡김".
        (" 담당 줘봄.", " 담당을 맡음."), (" 담당 줘 봄.", " 담당을 맡음."), (" 담당 줌.", " 담당을 맡음."), (" 역할 줘봄.", " 역할을 맡음."),
        (" 역할 줘 봄.", " 역할을 맡음."), (" 역할 줌.", " 역할을 맡음."), (" 맡겨 봄.", " 맡음."), (" 맡겨봄.", " 맡음."), (" 맡겨 봤음.", " 맡음."),
        (" 맡김.", " 맡음."), (" 맡겼음.", " 맡음."),
        // The teacher's "ok" on a point: it was done adequately.
        (" ok임.", " 무난함."), (" OK임.", " 무난함."), (" 오케이임.", " 무난함."),
        // Going out to an event for the class is taking part in it: "연합 토론회에 반 대표로 나감".
        (" 대표로 나감.", " 대표로 참가함."), ("회에 나감.", "회에 참가함."), (" 대표로 나갔음.", " 대표로 참가함."),
        // No lateness since: "5월 이후 지각 0임".
        (" 지각 0임.", " 지각하지 않음."), (" 지각 0회임.", " 지각하지 않음."), (" 지각 없음.", " 지각하지 않음."),
        // "많이 늘었다" of a skill with no name is how the teacher says the student improved.
        (" 많이 늘어남.", " 크게 성장함."), (" 많이 늚.", " 크게 성장함."), (" 많이 늘었음.", " 크게 성장함."), (" 엄청 늘어남.", " 크게 성장함."),
        // "지도 덕후임": the teacher's slang for a keen interest.
        (" 덕후임.", "에 깊은 관심을 보임."), (" 덕후.", "에 깊은 관심을 보임."),
        (" 따져봄.", " 검토함."), (" 따져 봄.", " 검토함."), (" 들고 옴.", " 가져옴."), (" 센스 있음.", " 감각이 돋보임."), (" 센스가 있음.", " 감각이 돋보임."),
    ]
    /// Spoken phrases inside a sentence and their written forms.
    /// Spoken connectives inside a sentence: "했는데" ties two doings in speech, where a record says
    /// 하고 (or 하였으나 when it sets a start against what followed), and "해서" is written 하여.
    private static func writtenConnectives(_ sentence: String) -> String {
        guard sentence.includes("는데 ") || sentence.includes("해서 ") || sentence.includes("니까 ") || sentence.includes("는데, ") || sentence.includes("려고 ")
        else { return sentence }
        if sentence.includes("는데, ") { return writtenConnectives(sentence.replacingAll("는데, ", with: "는데 ")) }
        let placedEarly = NotesReading.earlierMarkers.contains(where: sentence.includes)
        let words = sentence.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        // "'책만 정리하는 줄 알았는데 …'라고 함": a quote keeps the words it quotes.
        let quoted = Shorthand.quotedWords(words)
        return words.enumerated().map { index, word in
            guard index + 1 < words.count, !quoted[index], word.unicodeScalars.allSatisfy(Hangul.isSyllable) else { return word }
            // "다른 모둠이 질문하니까 배치표를 그려 설명함": what prompted the doing, as a record says it.
            if word.count >= 3, let prompted = ["하니까": "하자", "되니까": "되자", "주니까": "주자"].first(where: { word.hasSuffix($0.key) }) {
                return String(word.dropLast(prompted.key.count)) + prompted.value
            }
            if word.hasSuffix("는데"), word.count >= 3 {
                let turning = turns(at: index, in: words, placedEarly: placedEarly)
                if word.hasSuffix("했는데") { return String(word.dropLast(3)) + (turning ? "했으나" : "하고") }
                // "자료 정리 맡았는데 정리본이 깔끔해서 …" goes on, where "처음엔 어려웠는데 …" turns.
                if word.hasSuffix("었는데") || word.hasSuffix("았는데") { return String(word.dropLast(2)) + (turning ? "으나" : "고") }
                // "창작하였는데 …", "시연해 보여줬는데 친구들 반응이 좋음": any other past before 는데 (a past
                // syllable has ㅆ under it) goes on to what followed, unless it fell short or turned.
                if let past = word.dropLast(2).unicodeScalars.last, Hangul.finalIndex(past) == Hangul.Final.ssangSiot {
                    return String(word.dropLast(2)) + (turning ? "으나" : "고")
                }
                return word
            }
            // "템포 맞추려고 박자를 저음": what the doing was for, as a record says it; "쓰려고 노력함",
            // "하려고 함" say the trying itself.
            if word.hasSuffix("려고"), word.count >= 3, let purpose = Self.purpose(of: word),
               !["하", "했", "함", "해", "노력", "애", "시도", "마음"].contains(where: words[index + 1].hasPrefix)
            {
                return purpose
            }
            if word.hasSuffix("해서"), word.count >= 3, !["위해서", "대해서", "통해서", "관해서", "의해서"].contains(word) {
                return String(word.dropLast(2)) + "하여"
            }
            return word
        }.joined(separator: " ")
    }

    /// "맞추려고" → "맞추기 위해", "읽으려고" → "읽기 위해"; nil when no stem is left.
    private static func purpose(of word: String) -> String? {
        var stem = Array(word.dropLast(2).unicodeScalars)
        // 으 joins the ending to a stem that closes on a consonant.
        if stem.last == "으", stem.count >= 2, Hangul.finalIndex(stem[stem.count - 2]) != 0 { stem.removeLast() }
        guard !stem.isEmpty else { return nil }
        return String(scalars: stem) + "기 위해"
    }

    /// Whether the 는데 word at `index` turns to a contrast (으나) rather than going on (고).
    private static func turns(at index: Int, in words: [String], placedEarly: Bool) -> Bool {
        let word = words[index]
        // "초안 반론 부분 약했는데 피드백 후 보강함": a state, then what changed it, turns.
        let changedAfter = words[(index + 1)...].prefix(3).contains { ["후", "뒤", "이후", "다음", "후에", "뒤에", "다음에"].contains($0) }
            // "… 코드였는데 피드백 받고 리팩토링함": what was said to the student changed it.
            || words[(index + 1)...].prefix(2).contains { ["피드백", "조언", "지적"].contains(where: $0.hasPrefix) }
        // "당황하긴 했는데 끝까지 답변함": a concession is a contrast.
        // "문단 연결 약했는데 연결어 목록을 만듦": a state that falls short is where the doing started.
        let shortState = Self.shortStates.contains(where: word.hasSuffix)
        // "안 시켰는데", "못 했는데": what did not happen is set against what did.
        let negated = index > 0 && ["안", "못"].contains(words[index - 1])
        // "실습 해봤는데 손이 떨렸음": a doing, then how it fell short.
        // "틀린 개수 12개에서 3개로": a shortfall that modifies a noun names what was counted, not how it went.
        let fellShort = words[(index + 1)...].prefix(3).contains { next in
            Self.shortfalls.contains(where: next.hasPrefix) && !Self.isModifier(next)
        }
        if changedAfter || shortState || negated || fellShort || index > 0 && ["긴", "기는", "지만"].contains(where: words[index - 1].hasSuffix) {
            return true
        }
        // "처음엔 …했는데 2학기엔 …": an earlier time set against a later one or a change turns; "1학기에
        // … 실험을 했는데 … 제안함" only says when the doing was.
        guard placedEarly else { return false }
        let rest = words[(index + 1)...].joined(separator: " ")
        return NotesReading.laterMarkers.contains(where: rest.includes) || ChangeWords.occur(in: rest)
    }

    /// "틀린", "부족한", "못하는": a word that modifies the noun after it (ㄴ under its last syllable, or 는).
    private static func isModifier(_ word: String) -> Bool {
        guard word.count >= 2, let last = word.unicodeScalars.last, Hangul.isSyllable(last) else { return false }
        return last == "는" || Hangul.finalIndex(last) == Hangul.Final.nieun
    }

    /// Past states that fall short, before 는데: where the doing that followed started.
    private static let shortStates = [
        "약했는데", "부족했는데", "미흡했는데", "서툴렀는데", "어색했는데", "어려웠는데", "막막했는데", "없었는데", "헤맸는데", "힘들었는데",
        "낮았는데", "적었는데", "작았는데", "느렸는데", "늦었는데", "못했는데", "몰랐는데", "실패했는데", "틀렸는데", "떨렸는데",
    ]

    /// Words a clause after 는데 opens its shortfall with: "손이 떨렸음", "잘 안 됐음", "어려웠음".
    private static let shortfalls = ["떨", "어려", "부족", "못", "않", "안", "실패", "틀", "헤매", "헤맸", "막히", "막혔", "힘들", "서툴", "미흡", "늦", "실수"]

    private static let spokenPhrases = [
        // The teacher's feedback is what the student received: "피드백 주니까 한계점 보완해서 다시 제출함".
        ("피드백 주니까 ", "피드백을 받고 "), ("피드백 줬더니 ", "피드백을 받고 "), ("피드백 주자 ", "피드백을 받고 "),
        ("피드백을 주니까 ", "피드백을 받고 "), ("피드백을 줬더니 ", "피드백을 받고 "),
        // "학급회의 사회 봄": chairing is done to the meeting's 사회, which takes its particle.
        // "다른 모둠이랑 토론 붙었는데": a debate that broke out is one the student held.
        (" 토론 붙었고 ", " 토론을 벌였고 "), (" 토론 붙었는데 ", " 토론을 벌였는데 "), (" 토론 붙음.", " 토론을 벌임."), (" 토론 붙어서 ", " 토론을 벌여 "),
        (" 논쟁 붙었고 ", " 논쟁을 벌였고 "), (" 논쟁 붙었는데 ", " 논쟁을 벌였는데 "), (" 논쟁 붙음.", " 논쟁을 벌임."),
        // "부장은 아닌데 …": what the student was not is set against what they did.
        // "유지가 어렵다면서", "수질이 궁금하다고 해서": what the student said, as a record reports it.
        // Only the student's own curiosity or wish: "숫자를 좋아한다고 해서 소개해 줌" is the teacher's doing.
        ("다면서 ", "다며 "), ("궁금하다고 해서 ", "궁금하다며 "), ("싶다고 해서 ", "싶다며 "), ("궁금하다고 하여 ", "궁금하다며 "), ("싶다고 하여 ", "싶다며 "),
        ("은 아닌데 ", "은 아니지만 "), ("는 아닌데 ", "는 아니지만 "), ("이 아닌데 ", "이 아니지만 "), ("가 아닌데 ", "가 아니지만 "),
        // "10월쯤부터는": about when, as a record writes it.
        ("월쯤부터는 ", "월 무렵부터는 "), ("월쯤부터 ", "월 무렵부터 "), ("월쯤에 ", "월 무렵에 "), ("월쯤 ", "월 무렵 "),
        (" 사회 봄.", " 사회를 봄."), (" 사회 보고 ", " 사회를 보고 "), (" 사회 보며 ", " 사회를 보며 "), (" 사회 봤음.", " 사회를 봄."),
        // "친구들 이야기를 저한테 한참 함": the teacher writing is the student's teacher in the record.
        (" 저에게 ", " 교사에게 "), (" 저한테 ", " 교사에게 "), (" 제게 ", " 교사에게 "),
        ("군말 없이 ", "불평 없이 "), ("군소리 없이 ", "불평 없이 "), ("하는 스타일이었으나 ", "하는 편이었으나 "), ("하는 스타일이었는데 ", "하는 편이었는데 "),
    ]

    /// "골랐대", "한대요": what the student said, reported; the record states it as done.
    private static func withoutHearsay(_ sentence: String) -> String? {
        // "골랐대임." → "골랐음.": a past form (its ㅆ) before 대, however it closed.
        for heard in ["대임.", "대요.", "대."] where sentence.hasSuffix(heard) {
            let before = sentence.dropLast(heard.count)
            if let last = before.unicodeScalars.last, Hangul.finalIndex(last) == Hangul.Final.ssangSiot { return before + "음." }
        }
        for (heard, stated) in [("었대.", "었음."), ("았대.", "았음."), ("했대.", "했음."), ("였대.", "였음."), ("었대요.", "었음."), ("았대요.", "았음."),
                                ("했대요.", "했음."), ("었대임.", "었음."), ("았대임.", "았음."), ("했대임.", "했음.")]
        where sentence.hasSuffix(heard) {
            return String(sentence.dropLast(heard.count)) + stated
        }
        return nil
    }

    /// Works a note names without saying they were made, and what making them is: "기획서 2편임" is
    /// "기획서 2편을 작성함", "고무판 판화임" "… 판화를 제작함".
    private static let writtenWorks = ["보고서", "기획서", "계획서", "제안서", "건의서", "감상문", "소감문", "비평문", "논설문", "설명문", "에세이",
                                       "독후감", "칼럼", "대본", "시나리오", "일지", "탐구 노트", "서평", "요약문", "발표문", "기사문", "연설문", "편지"]
    private static let madeWorks = ["판화", "작품", "포스터", "모형", "영상", "카드뉴스", "로고", "벽화", "조형물", "웹툰", "애니메이션", "굿즈"]

    /// What a student forms rather than makes, and the verb a record forms it with.
    private static let thoughtWorks = ["가설": "세움.", "결론": "내림.", "목표": "세움.", "규칙": "정함.", "계획": "세움.", "기준": "세움.", "아이디어": "냄."]

    private static func workMade(_ sentence: String) -> String? {
        guard sentence.hasSuffix("임.") else { return nil }
        let body = String(sentence.dropLast("임.".count))
        var words = body.split(separator: " ").map(String.init)
        guard let last = words.last else { return nil }
        let counted = last.first?.isNumber == true
        if counted { words.removeLast() }
        // "기획서(퍼즐 게임, 역사 게임) 2편": the work is the word before its note.
        var named = words.joined(separator: " ")
        if named.hasSuffix(")"), let open = Shorthand.openingOfTrailingNote(named) { named = String(named[..<open]) }
        guard let thing = named.split(separator: " ").last.map(String.init) else { return nil }
        let verb: String
        if writtenWorks.contains(where: thing.hasSuffix) {
            verb = "작성함."
        } else if madeWorks.contains(where: thing.hasSuffix) {
            verb = "제작함."
        } else if let set = thoughtWorks[thing] {
            // "'잔반 많은 날 = 생선 반찬 나오는 날?' 가설임" → "… 가설을 세움".
            verb = set
        } else {
            return nil
        }
        // "직접 만든 보고서임": a work already said to be made is what the sentence is about.
        let before = named.split(separator: " ").dropLast().last
        if let modifier = before, let end = modifier.unicodeScalars.last, Hangul.finalIndex(end) == Hangul.Final.nieun { return nil }
        let particleAfter = counted ? last : (words.last ?? thing)
        return body + Hangul.particle(after: particleAfter.hasSuffix(")") ? thing : particleAfter, withFinal: "을", withoutFinal: "를") + " " + verb
    }

    static func rewritten(_ sentence: String) -> String {
        if let without = withoutReportedThought(sentence) { return rewritten(without) }
        if let stated = withoutHearsay(sentence) { return rewritten(stated) }
        let written = writtenConnectives(sentence)
        if written != sentence { return rewritten(written) }
        for (spoken, written) in spokenClosings where sentence.hasSuffix(spoken) {
            return rewritten(String(sentence.dropLast(spoken.count)) + written)
        }
        for (spoken, written) in spokenPhrases where sentence.includes(spoken) {
            return rewritten(sentence.replacingOccurrences(of: spoken, with: written))
        }
        // "생각보다 말 잘함": measured against what the teacher expected, which the record does not state.
        for expected in teacherExpectations where sentence.includes(expected) {
            return rewritten(sentence.replacingOccurrences(of: expected, with: ""))
        }
        // "topic sentence 잡는 연습 따로 시킴", "오답노트 제출시키며": what the teacher had the student do
        // is what the student did.
        if let done = Self.causativeUndone(sentence) { return rewritten(done) }
        // "데이터 저널리즘을 소개해 주었고": with nobody it was given to, the teacher's introducing is
        // what the student received.
        if let received = Self.givenByTheTeacher(sentence) { return rewritten(received) }
        // "기회를 주라고 피드백하여 …": the teacher's feedback is what the student received.
        for (given, received) in feedbackGiven where sentence.includes(given) {
            return rewritten(sentence.replacingOccurrences(of: given, with: received))
        }
        // "역할을 나눠 맡기는 것을 보고 많이 성장함": what the teacher saw is where the student grew.
        if let seen = sentence.range(of: "는 것을 보고 "), growthClosings.contains(where: sentence[seen.upperBound...].hasPrefix) {
            return rewritten(sentence.replacingCharacters(in: seen, with: "며 "))
        }
        for ranking in classRankings where sentence.includes(ranking) {
            return rewritten(sentence.replacingOccurrences(of: ranking, with: "매우 "))
        }
        for time in relativeTimes where sentence.hasPrefix(time) && sentence.count > time.count + 8 {
            return rewritten(String(sentence.dropFirst(time.count)))
        }
        for closing in singlingOut where sentence.hasSuffix(closing) {
            if let stated = stated(String(sentence.dropLast(closing.count))) { return stated }
        }
        if let placed = timeBeforeSetting(sentence) { return rewritten(placed) }
        // "관심을 옮겨간 것이 보임.": what the teacher saw the student do is what the student showed.
        if sentence.hasSuffix(" 것이 보임."), let modifier = sentence.dropLast(" 것이 보임.".count).unicodeScalars.last,
           Hangul.finalIndex(modifier) == Hangul.Final.nieun {
            return rewritten(String(sentence.dropLast(" 것이 보임.".count)) + " 모습을 보임.")
        }
        // "스케치업으로 3D 모형까지임.": the last thing made, with its verb left out.
        if sentence.hasSuffix("까지임."), let thing = sentence.dropLast("까지임.".count).split(separator: " ").last {
            let made = (madeWorks + ["모형", "표지", "책자", "그래프", "지도", "시안"]).contains(where: thing.hasSuffix)
            return String(sentence.dropLast("임.".count)) + (made ? " 만듦." : " 함.")
        }
        if let recast = NominalClosings.recast(sentence) { return recast }
        // "오답노트가 꾸준함": what the student kept up is done steadily.
        for kept in ["가 꾸준함.", "이 꾸준함."] where sentence.hasSuffix(kept) {
            let thing = String(sentence.dropLast(kept.count))
            guard let head = thing.split(separator: " ").last, head.count >= 2 else { break }
            let written = ["노트", "일지", "일기", "기록", "플래너", "계획표", "보고서", "감상문"].contains(where: head.hasSuffix)
            return thing + Hangul.particle(after: thing, withFinal: "을", withoutFinal: "를") + " 꾸준히 " + (written ? "작성함." : "함.")
        }
        if let tidied = tidiedAsides(sentence) { return rewritten(tidied) }
        // "한 권씩 읽고 토론했고, 이 학생은 10월에 사회자를 맡음": the record's subject is always the student.
        for named in [" 이 학생은 ", " 이 학생이 ", " 해당 학생은 ", " 본 학생은 "] where sentence.includes(named) {
            return rewritten(sentence.replacingOccurrences(of: named, with: " "))
        }
        // "후배들을 챙기는 것 보면 리더십 있음." → "후배들을 챙기며 리더십을 보임.": what the teacher inferred
        // the quality from is where the student showed it.
        if let shown = qualityShown(sentence) { return rewritten(shown) }
        if let topic = topicNamed(sentence) { return topic }
        // "'…' 라고 설명함": a quotative particle goes onto the quote it closes.
        for quotative in ["' 라고", "\" 라고", "' 하고 ", "' 이라고"] where sentence.includes(quotative) {
            let first = quotative.first!
            return rewritten(sentence.replacingOccurrences(of: quotative, with: String(first) + quotative.dropFirst(2)))
        }
        // "…라고 설명하고 친구들 반응 좋았음.": how the class took it is what the doing brought.
        for reception in [" 친구들 반응 좋았음.", " 친구들 반응이 좋았음.", " 친구들 반응 좋음.", " 친구들 반응이 좋음.", " 반응 좋았음.", " 반응이 좋았음.",
                          " 친구들 호응 좋았음.", " 친구들 호응이 좋았음."]
        where sentence.hasSuffix(reception) && sentence.dropLast(reception.count).hasSuffix("하고") {
            return String(sentence.dropLast(reception.count + "하고".count)) + "하여 친구들의 호응을 얻음."
        }
        if let plan = plan(sentence) { return plan }
        if let made = workMade(sentence) { return made }
        // "화자 논지를 압축하는 것을 잘함": the teacher's verdict on a doing; the record states the doing.
        if sentence.hasSuffix("하는 것을 잘함."), sentence.split(separator: " ").count >= 3 {
            return String(sentence.dropLast("하는 것을 잘함.".count)) + "함."
        }
        // "오차 원인까지 본인이 정리한 것이 좋음", "경험과 연결한 것이 좋았음": the teacher's liking of a
        // doing; the record states the doing.
        for liked in ["한 것이 좋음.", "한 것이 좋았음.", "한 점이 좋음.", "한 점이 좋았음.", "한 것이 인상적임.", "한 점이 인상적임."]
        where sentence.hasSuffix(liked) && sentence.split(separator: " ").count >= 3 {
            var doing = String(sentence.dropLast(liked.count)) + "함."
            if doing.hasPrefix("본인이 ") { doing.removeFirst("본인이 ".count) }
            return doing.replacingOccurrences(of: " 본인이 ", with: " ")
        }
        // "주제 8개를 제안하고 그중 5개 채택함": what the student proposed was adopted, by others.
        for (done, passive) in [(" 채택함.", " 채택됨."), (" 통과함.", " 통과됨."), (" 선정함.", " 선정됨.")]
        where sentence.hasSuffix(done) && ["제안", "건의", "안건", "추천"].contains(where: sentence.includes) {
            return String(sentence.dropLast(done.count)) + passive
        }
        if sentence.hasSuffix("기로임.") { return String(sentence.dropLast("임.".count)) + " 함." }  // "다시 보기로" → 보기로 함
        if let unasked = unasked(sentence) { return unasked }
        if let kept = withoutTrailingHint(sentence) { return kept }
        for closing in likedPoint where sentence.hasSuffix(closing) {
            return String(sentence.dropLast(closing.count)) + " 점이 돋보임."
        }
        // "1학년 눈높이로 바꿔서 말하는 게 자연스러웠음": how the student did it, said of the doing.
        for natural in [" 것이 자연스러움.", " 것이 자연스러웠음.", " 게 자연스러웠음.", " 게 자연스러움."] where sentence.hasSuffix(natural) {
            var words = sentence.dropLast(natural.count).split(separator: " ").map(String.init)
            guard words.count >= 2, let doing = words.last, doing.hasSuffix("하는"), doing.count >= 3 else { break }
            words[words.count - 1] = "자연스럽게 " + doing.dropLast(2) + "함."
            return words.joined(separator: " ")
        }
        // "생일 직접 조사(28명)함": a note on the action goes after it.
        if sentence.hasSuffix(")함."), let open = sentence.lastIndex(of: "("), open > sentence.startIndex,
           let action = sentence[..<open].split(separator: " ").last, Style.endsWithVerbalNoun(String(action)),
           !sentence[open...].dropFirst().contains("(")
        {
            return String(sentence[..<open]) + "함" + sentence[open...].dropLast(2) + "."
        }
        // "독백으로 살린 것이 좋았음", "만든 게 인상적이었음": the teacher's liking of what a modifier
        // names is the point that stood out (한 것 is stated as the doing, above).
        for liked in likedThing where sentence.hasSuffix(liked) {
            let body = sentence.dropLast(liked.count)
            guard let modifier = body.split(separator: " ").last, body.split(separator: " ").count >= 2,
                  let final = modifier.unicodeScalars.last, Hangul.isSyllable(final), Hangul.finalIndex(final) == Hangul.Final.nieun
            else { break }
            return String(body) + " 점이 돋보임."
        }
        // "압박 깊이, 속도 정확하다고 보건 선생님 칭찬함.": the teacher praised; the student was praised.
        if sentence.hasSuffix(" 칭찬함."), let quote = sentence.range(of: "다고 ", options: .backwards) {
            let between = sentence[quote.upperBound...].dropLast(" 칭찬함.".count)
            if between.split(separator: " ").count <= 2, between.hasSuffix("선생님") || between.hasSuffix("선생님께서") || between.hasSuffix("선생님이") {
                return String(sentence[..<quote.lowerBound]) + "다는 칭찬을 받음."
            }
        }
        // "문 여닫는 반경까지 표시한 학생은 이 학생 포함 2명뿐임."
        if sentence.hasSuffix("뿐임."), let range = sentence.range(of: " 학생은 이 학생 포함 "),
           let stated = stated(String(sentence[..<range.lowerBound]))
        {
            return stated
        }
        return sentence
    }

    /// The clause whose last word modifies a noun ("먼저 제안한", "표시한") closed as a sentence
    /// ("먼저 제안함."); nil when that word is no verb's modifier form.
    private static func stated(_ clause: String) -> String? {
        var words = clause.split(separator: " ").map(String.init)
        guard words.count >= 2, let last = words.last, let stem = stem(ofModifier: last) else { return nil }
        words[words.count - 1] = VerbStem.nounForm(ofStem: stem)
        return words.joined(separator: " ") + "."
    }

    /// "제안한" → 제안하, "찾은" → 찾, "만든" → 만들, "낸" → 내: the stem of a past modifier form.
    private static func stem(ofModifier word: String) -> String? {
        var scalars = Array(word.unicodeScalars)
        guard scalars.count >= 2, scalars.allSatisfy(Hangul.isSyllable), let last = scalars.last,
              let syllable = Hangul.decompose(last)
        else { return nil }
        if last == "은" {
            return String(scalars: scalars.dropLast())
        }
        guard syllable.final == Hangul.Final.nieun else { return nil }
        // "만든": ㄹ stems drop their ㄹ before ㄴ (만들 → 만든); 든 is the common one.
        let final = last == "든" ? Hangul.Final.rieul : 0
        scalars[scalars.count - 1] = syllable.with(final: final).scalar
        return String(scalars: scalars)
    }
}
