/// Keeps a sentence's facts without the names the 기재요령 forbids: "서울대 교수의" → "대학 교수의",
/// "김민수 교수님의 특강" → "전문가의 특강", a request's own terms removed. A sentence with forbidden
/// content that has no generic form (대회, 수상, 토플 …) cannot be kept at all.
enum Neutralizer {
    private static let particles = ["에서는", "에서", "에게", "한테", "이랑", "랑", "하고", "처럼", "보다", "으로", "로", "의", "을", "를", "이", "가", "은", "는", "과", "와", "에", "도", "만"]
    private static let agreeingPairs: [(String, String)] = [("으로", "로"), ("을", "를"), ("이", "가"), ("은", "는"), ("과", "와"), ("이랑", "랑")]

    static func neutralize(_ sentence: String, findings: (String) -> [RuleChecker.ClauseAssessment.Finding]) -> String? {
        var text = sentence
        // Each pass fixes the findings it can; a second look confirms nothing is left.
        for _ in 0..<3 {
            let current = findings(text)
            if current.isEmpty { return text }
            guard current.allSatisfy({ $0.rephrasing != nil && !isClauseReplacement($0.rephrasing) }) else { return nil }
            for finding in current {
                switch finding.rephrasing {
                case .replaceTerm(let generic):
                    // A quote is the student's words as said: a name in it cannot be swapped for a generic one.
                    if isQuoted(finding.violation.excerpt, in: text) { return nil }
                    text = withoutNote(naming: finding.violation.excerpt, in: text)
                    text = replacingWord(finding.violation.excerpt, with: generic, in: text)
                case .dropTerm:
                    text = removingWord(finding.violation.excerpt, in: text)
                default:
                    break
                }
            }
            text = withoutDanglingMarks(text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " "))
        }
        return findings(text).isEmpty ? text : nil
    }

    /// "초등교사 희망, ." once the name after the comma is gone: a comma, slash or dash with nothing
    /// after it before the sentence ends goes too.
    private static func withoutDanglingMarks(_ text: String) -> String {
        var body = Substring(text)
        var terminator = ""
        while let last = body.last, ".!?".contains(last) { terminator = String(last) + terminator; body = body.dropLast() }
        var trimmed = false
        while let last = body.last, ", /—–-:·".contains(last) { body = body.dropLast(); trimmed = true }
        return trimmed ? String(body) + terminator : text
    }

    /// Whether the first occurrence of `word` stands inside quotation marks.
    static func isQuoted(_ word: String, in text: String) -> Bool {
        guard let range = text.range(of: word) else { return false }
        let before = text[..<range.lowerBound]
        func count(_ mark: Character) -> Int { before.filter { $0 == mark }.count }
        return count("\"") % 2 == 1 || count("'") % 2 == 1 || count("“") > count("”") || count("‘") > count("’")
    }

    private static func isClauseReplacement(_ rephrasing: Rephrasing?) -> Bool {
        if case .expectation = rephrasing { return true }
        return false
    }

    /// Replaces a whole word (name plus particle) with a generic noun and a particle that agrees.
    /// "지도로 만듦(구글 마이맵)", "체험학습(국립중앙박물관) 때": a short note in parentheses that opens
    /// with the name says only the name; a generic in its place ("(기업 마이맵)") says nothing, so the
    /// note goes.
    static func withoutNote(naming word: String, in text: String) -> String {
        var result = text
        while let nameRange = result.range(of: "(" + word), let close = result[nameRange.upperBound...].firstIndex(of: ")") {
            let note = result[result.index(after: nameRange.lowerBound)..<close]
            guard note.split(separator: " ").count <= 3, !note.contains("(") else { break }
            var start = nameRange.lowerBound
            if start > result.startIndex, result[result.index(before: start)] == " " { start = result.index(before: start) }
            result.removeSubrange(start...close)
        }
        return result
    }

    static func replacingWord(_ word: String, with generic: String, in text: String) -> String {
        // "간호학과" ends in 과 without a particle.
        var particle = word.hasSuffix("학과") ? "" : particles.first { word.hasSuffix($0) && word.count > $0.count } ?? ""
        // A record says 에게 where the notes speak of 한테.
        if particle == "한테" { particle = "에게" }
        // And 와·과 where they speak of (이)랑.
        if particle == "랑" || particle == "이랑" { particle = "와" }
        if let pair = agreeingPairs.first(where: { $0.0 == particle || $0.1 == particle }) {
            particle = Hangul.particle(after: generic, withFinal: pair.0, withoutFinal: pair.1)
        }
        let replaced = text.replacingAll(word, with: generic + particle)
        // "학교 축제 '한빛제' 부스" → "학교 축제 학교 축제 부스": the generic already standing before the name
        // says it once.
        return replaced.replacingAll(generic + " " + generic + particle, with: generic + particle)
    }

    static func removingWord(_ word: String, in text: String) -> String {
        text.replacingAll(word + " ", with: "").replacingAll(word, with: "")
    }
}
