import RecordRules

/// Notes that end on a bare noun ("1학기 학급 복지부장이었어요", "사료 읽기 활동: 독립신문 창간사 원문",
/// "토론 동아리 '논리 한 스푼'") come out of the ending conversion as "…임.", which reads as a note,
/// not a record. The noun says what the student did only through what kind of noun it is: a role was
/// taken on, a text in a reading activity was read, a club was where the student took part, a habit
/// is one the student has. Each is said so, with no doing the noun does not already carry.
enum NominalClosings {
    /// The sentence said as a record says it; nil when it does not end on such a noun.
    static func recast(_ sentence: String) -> String? {
        // "찬성측 입론함.": a side's opening speech is a part the student took in the debate.
        if sentence.hasSuffix("측 입론함.") { return String(sentence.dropLast("함.".count)) + "을 맡음." }
        // "코딩동아리임(파이썬).": a club's name alone, with what it does in parentheses.
        if sentence.hasSuffix(")."), let open = sentence.lastIndex(of: "("), sentence[..<open].hasSuffix("동아리임"),
           !sentence[..<open].contains(" ")
        {
            return sentence[..<open].dropLast() + sentence[open...].dropLast() + "에서 활동함."
        }
        guard sentence.hasSuffix("임."), !sentence.hasSuffix(" 임.") else { return nil }
        let body = String(sentence.dropLast("임.".count))
        var words = body.split(separator: " ").map(String.init)
        guard let last = words.popLast() else { return nil }
        // "토론 동아리 '논리 한 스푼'임.": the club is where the student took part.
        // "천문동아리 '별헤는밤' 동아리장임." is a role in it, below.
        if words.count <= 5, words.prefix(2).contains(where: { $0.hasSuffix("동아리") }), !words.contains(where: SentenceForms.endsInParticle),
           !SentenceForms.isRole(last)
        {
            return body + "에서 활동함."
        }
        if let amount = countedAmount(words + [last]) { return amount }
        guard last.unicodeScalars.allSatisfy(Hangul.isSyllable) else { return nil }
        // "… 적는 습관임." → "… 적는 습관이 있음.": a habit is had.
        if last == "습관", !words.isEmpty { return body + "이 있음." }
        // "1학기 학급 복지부장임.", "체육대회 반 대표 계주임.": a role is taken on.
        if SentenceForms.isRole(last) || takenParts.contains(where: last.hasSuffix), words.allSatisfy(isBareSetting) {
            return body + Hangul.particle(after: last, withFinal: "을", withoutFinal: "를") + " 맡음."
        }
        // "한국사 지역사(2학기) 프로젝트임.", "배구 단원 학급 리그전임.": a heading that names an event the
        // notes go on about is the event the student took part in.
        if events.contains(where: last.hasSuffix), !words.contains(where: SentenceForms.endsInParticle) {
            return body + "에 참여함."
        }
        // "자기 경험과 연결하여 3분 스피치임.": a talk named by a loanword was given.
        if spokenWorks.contains(where: last.hasSuffix) {
            return body + Hangul.particle(after: last, withFinal: "을", withoutFinal: "를") + " 함."
        }
        // "사료 읽기 활동에서 독립신문 창간사 원문임.": what the activity named was done to the noun.
        if let setting = words.firstIndex(where: { $0.hasSuffix("활동에서") }), setting > 0, setting < words.count,
           let verb = activityVerb(words[setting - 1]), !words[(setting + 1)...].contains(where: SentenceForms.endsInParticle)
        {
            return body + Hangul.particle(after: last, withFinal: "을", withoutFinal: "를") + " " + verb + "."
        }
        return nil
    }

    /// "팀원 4명임." → "팀원은 4명임.", "A4 2장 반임." → "분량은 A4 2장 반임.": a count on its own line
    /// is said of what it counts, or of the length of the work when it counts pages.
    private static func countedAmount(_ words: [String]) -> String? {
        guard (1...4).contains(words.count) else { return nil }
        let amount = words.last == "반" ? Array(words.dropLast()) : words
        guard let count = amount.last, let counter = counter(of: count) else { return nil }
        let head = amount.dropLast()
        let said = words.joined(separator: " ") + "임."
        if pageCounters.contains(counter), head.allSatisfy(paperSizes.contains) { return "분량은 " + said }
        guard (1...2).contains(head.count), let noun = head.last,
              head.allSatisfy({ $0.unicodeScalars.allSatisfy(Hangul.isSyllable) && !SentenceForms.endsInParticle($0) })
        else { return nil }
        return head.dropLast().map { $0 + " " }.joined() + noun + Hangul.particle(after: noun, withFinal: "은", withoutFinal: "는") + " "
            + words.dropFirst(head.count).joined(separator: " ") + "임."
    }

    /// The counter after a number ("4명" → "명"); nil for anything else.
    private static func counter(of word: String) -> String? {
        let digits = word.prefix { $0.isNumber }
        let counter = String(word.dropFirst(digits.count))
        return !digits.isEmpty && counters.contains(counter) ? counter : nil
    }

    private static let counters: Set<String> = ["명", "개", "장", "쪽", "매", "권", "편", "곳", "회", "번", "가지", "시간", "분", "페이지", "건", "종", "문항", "팀", "모둠", "조", "차시", "주"]
    private static let pageCounters: Set<String> = ["장", "쪽", "매", "페이지"]
    private static let paperSizes: Set<String> = ["A4", "A3", "B4", "B5", "원고지"]

    /// Events a class or a school holds, which a student takes part in.
    private static let events = ["프로젝트", "리그전", "리그", "캠프", "캠페인", "토론회", "발표회", "행사", "축제", "박람회", "학술제", "워크숍", "포럼"]

    /// Talks named by loanwords, which take 하다 only as "…을 함": "스피치", "프레젠테이션".
    private static let spokenWorks = ["스피치", "프레젠테이션", "브리핑", "피칭"]

    /// Parts in an event a student is given, which a record says were taken on: "계주", "주자", "선수".
    private static let takenParts = ["계주", "주자", "선수", "해설", "내레이션", "진행"]

    /// Words a role may follow: a time, a group, an event ("1학기 학급", "체육대회 반 대표").
    private static func isBareSetting(_ word: String) -> Bool {
        !SentenceForms.endsInParticle(word) && VerbStem.stem(of: word, at: .connective) == nil
    }

    /// "읽기" → "읽음", "쓰기" → "씀", "만들기" → "만듦": the doing a "-기" activity name carries, for
    /// the reading and writing activities whose object is the text itself.
    private static func activityVerb(_ name: String) -> String? {
        ["읽기": "읽음", "쓰기": "씀", "감상하기": "감상함", "분석하기": "분석함", "번역하기": "번역함", "해석하기": "해석함"]
            .first { name.hasSuffix($0.key) }?.value
    }
}
