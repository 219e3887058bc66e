import RecordRules

/// How much a record sentence still reads like the notes it came from: leftover labels and dashes,
/// a few words with no verb, spoken words, the teacher's liking. The concise draft and the byte
/// budget leave the roughest sentences out first, so what a shorter draft keeps needs the least
/// rewriting; nothing here changes what a sentence says.
enum Roughness {
    /// Spoken words and the teacher's own reactions a record would not use.
    private static let spokenMarks = [
        "좋았음", "좋음.", "최고", "재밌", "ok", "OK", "굿", "대박", "짱", "ㅋ", "애들", "얘", "잘함.", "인상적임.", "나음.", "괜찮음", "느낌",
        "본인 입으로", "솔직히", "어쨌든", "그냥",
    ]

    static func of(_ text: String) -> Int {
        var score = 0
        if text.includes(": ") { score += 2 }
        if text.includes(" - ") || text.includes(" – ") || text.includes(" — ") { score += 2 }
        score += spokenMarks.filter { text.includes($0) }.count * 2
        let words = text.split(separator: " ")
        // "발표 자료는 좋음.", "최종 발표 15분임.": a few words, nothing done.
        if words.count <= 3 { score += 2 }
        if let last = words.last, last.hasSuffix("임."), !Style.endsWithVerbalNoun(String(last.dropLast(2))), words.count <= 6 { score += 1 }
        // A quote of what was said, left as speech ("…"라고 말함): the record reads better without it.
        if text.includes("\"") || text.includes("“") { score += 1 }
        return score
    }
}
