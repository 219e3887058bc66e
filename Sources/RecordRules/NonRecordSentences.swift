/// Sentences of the notes with nothing forbidden in them that a record still does not state: an
/// attendance tally (출결상황 keeps it), a plan not yet carried out, and a verdict with nothing it is
/// about. The drafting engine leaves them
/// out, and coverage does not ask for them.
package enum NonRecordSentences {
    /// "결석 0, 지각 1(병원)", "개근": attendance has its own field (출결상황); a tally of it is no observation.
    package static func isAttendanceTally(_ text: String) -> Bool {
        // A tally is a short line: longer ones are never read further.
        guard text.utf8.count <= 60 else { return false }
        var rest = text
        for word in attendanceWords { rest = rest.replacingAll(word, with: "") }
        guard rest != text else { return false }
        let left = rest.filter { !$0.isNumber && !$0.isPunctuation && !$0.isWhitespace }
        return left.count <= 3 && left.allSatisfy { "회임번일".contains($0) }
    }

    private static let attendanceWords = ["무단", "질병", "병결", "병원", "결석", "지각", "조퇴", "결과", "개근", "출결", "없음", "없"]

    /// "2학기 축제 부스 기획 맡기로 함", "다음 학기에 발표할 예정": what has not happened yet is no record.
    package static func isPlanNotYetDone(_ text: String) -> Bool {
        // "좁혀 보기로 했어요. 그 뒤 …" is a decision the notes go on to show carried out; a role or an event
        // still to come is not.
        ["2학기", "다음 학기", "내년", "다음 달", "방학 때", "다음 차시", "학년 올라가"].contains(where: text.includes)
            && (["맡기로 함", "맡기로 했", "예정임", "예정이"].contains(where: text.includes) || futurePlan(text))
    }

    /// "좋음.", "성실함.", "책임감이 강함.", "에너지가 넘침.": the teacher's verdict and nothing the student
    /// did. A record names a quality only with what shows it, so alone the verdict says nothing to keep.
    package static func isBareVerdict(_ text: String) -> Bool {
        // Three words of a verdict fit in 40 bytes; longer sentences are never split to look.
        guard text.utf8.count <= 40 else { return false }
        var words = text.split(separator: " ").map { String($0.filter { !$0.isPunctuation }) }.filter { !$0.isEmpty }
        // "성실함, 책임감.": qualities listed with nothing that shows them.
        if words.count >= 2, text.contains(","), words.allSatisfy({ verdicts.contains($0) || traitSubjects.contains($0) }) { return true }
        guard words.count <= 3, let verdict = words.popLast(), verdicts.contains(verdict) else { return false }
        return words.allSatisfy { word in degreeWords.contains(word) || traitSubjects.contains(word) }
    }

    /// "그런데 아이러니하게도.", "근데 특히": connectives and adverbs with nothing they lead to.
    package static func isOnlyConnectives(_ text: String) -> Bool {
        let words = text.split(separator: " ").map { String($0.filter { !$0.isPunctuation }) }.filter { !$0.isEmpty }
        return !words.isEmpty && words.count <= 4 && words.allSatisfy { connectiveWords.contains($0) || $0.hasSuffix("하게도") }
    }

    private static let connectiveWords: Set<String> = [
        "그런데", "근데", "그리고", "하지만", "그래서", "그러나", "다만", "단", "특히", "참고로", "또", "또한", "게다가", "한편", "아무튼", "어쨌든", "그래도",
    ]

    /// "진짜 고생 많이 한 애예요.", "책임감이 정말 강한 학생임.": the teacher's verdict on the student as a
    /// person, in a few words with no object or place of a doing.
    package static func isVerdictOnThePerson(_ text: String) -> Bool {
        guard text.utf8.count <= 60 else { return false }
        var words = text.split(separator: " ").map { String($0.filter { !$0.isPunctuation }) }.filter { !$0.isEmpty }
        guard words.count >= 2, words.count <= 5, let last = words.popLast(), personVerdicts.contains(last),
              let modifier = words.last, ["한", "인", "은", "는", "운", "른", "된", "던"].contains(where: modifier.hasSuffix)
        else { return false }
        return !words.contains { word in ["을", "를", "에서", "에게", "으로", "로"].contains(where: word.hasSuffix) }
    }

    private static let personVerdicts: Set<String> = [
        "애예요", "애임", "애다", "애", "아이예요", "아이임", "아이다", "학생임", "학생이에요", "학생이다", "학생입니다", "친구임", "친구예요", "친구다",
    ]

    private static let verdicts: Set<String> = [
        "좋음", "좋았음", "좋다", "좋았다", "우수", "우수함", "성실", "성실함", "훌륭함", "꼼꼼함", "넘침", "강함", "뛰어남", "착함", "밝음", "인상적임",
        "무난함", "괜찮음", "있음", "최고", "최고임", "굿", "good", "확실함", "많음", "대단함", "뛰어났음",
    ]
    private static let degreeWords: Set<String> = ["매우", "정말", "아주", "참", "엄청", "진짜", "완전", "너무", "꽤", "전반적으로", "대체로", "늘", "항상", "확실히", "분명히", "크게"]
    /// What a verdict is said of when it names no doing: "책임감이", "리더십", "에너지가", "성격".
    private static let traitSubjects: Set<String> = [
        "책임감이", "책임감", "리더십이", "리더십", "에너지가", "에너지", "성격이", "성격", "태도가", "태도", "인성이", "인성", "배려심이", "배려심",
        "성실성이", "협동심이", "협동심", "자료는", "자료", "결과물", "결과물은", "발표는", "발표", "수업태도가", "수업태도", "수업 태도가", "학습태도가",
        // "변화 확실히 있음": that something changed, with nothing of what.
        "변화", "변화가", "발전", "발전이", "성장", "성장이",
        // "아이디어 많음", "리더십 확실함": a gift named with nothing it showed in.
        "아이디어가", "아이디어", "열정이", "열정", "의욕이", "의욕", "추진력이", "추진력", "창의력이", "창의력", "센스가", "센스",
    ]

    /// "2학년, 체육부장" → "체육부장", "2-6 반장" → "반장", "기상예보관 (2학년 3반)" → "기상예보관": the
    /// year and class the record is for say nothing in it. The text as it is when it has no such lead
    /// or note, or nothing besides it.
    package static func withoutYearLead(_ text: String) -> String {
        var result = withoutClassNote(text)
        let words = result.split(separator: " ")
        if let first = words.first, words.count >= 2 {
            let yearLead = first.count == 4 && first.first?.isNumber == true && first.hasSuffix("학년,")
            // "2-6 반장": a dash between numbers leads a short heading; "1-2 차시에 …" is no class.
            if yearLead || isClassDesignation(first) && words.count <= 3 {
                result = String(result.dropFirst(first.count)).trimmed
            } else if words.count >= 3, isYear(first), isClass(words[1]) {
                result = words.dropFirst(2).joined(separator: " ")
            }
        }
        return result.isEmpty ? text : result
    }

    /// "(2학년 3반)", "(2-3)": a note that only names the class.
    private static func withoutClassNote(_ text: String) -> String {
        guard text.includes("("), let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") else { return text }
        let words = text[text.index(after: open)..<close].split(separator: " ")
        let names = words.count == 1 && isClassDesignation(words[0]) || words.count == 2 && isYear(words[0]) && isClass(words[1])
        guard names else { return text }
        var start = open
        if start > text.startIndex, text[text.index(before: start)] == " " { start = text.index(before: start) }
        var result = text
        result.removeSubrange(start...close)
        return result
    }

    /// "2-6", "2-6반", "2-6,": a year and class written with a dash.
    private static func isClassDesignation(_ word: Substring) -> Bool {
        let core = word.hasSuffix(",") ? word.dropLast() : word
        return NotesStructure.isClassCode(String(core.hasSuffix("반") ? core.dropLast() : core))
    }

    private static func isYear(_ word: Substring) -> Bool { word.count == 3 && word.first?.isNumber == true && word.hasSuffix("학년") }

    private static func isClass(_ word: Substring) -> Bool {
        let core = word.hasSuffix(",") ? word.dropLast() : word
        return core.hasSuffix("반") && core.count >= 2 && core.dropLast().allSatisfy(\.isNumber)
    }

    /// "맡을 예정", "나갈 예정": a verb's future form before 예정.
    private static func futurePlan(_ text: String) -> Bool {
        guard text.includes(" 예정"), let found = text.range(of: " 예정") else { return false }
        guard let last = text[..<found.lowerBound].unicodeScalars.last else { return false }
        return Hangul.finalIndex(last) == Hangul.Final.rieul
    }
}
