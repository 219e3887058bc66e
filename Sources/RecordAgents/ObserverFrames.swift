/// The teacher's own reading wrapped around what the student did: "즉석으로 반박해서 많이 늘었다고
/// 느꼈어요", "정리를 잘하는 편이라고 생각함", "발표가 나아졌다고 봄". A record states what the student
/// did, not that the teacher felt or thought it; the frame goes and the clause it framed is the
/// sentence ("…많이 늘었다.", "…편이다."), which the closing rules then put in 음슴체. A clause in quotes
/// ("'다시 해 볼래요'라고 생각함") is someone's words and keeps its frame.
enum ObserverFrames {
    static func unframed(_ sentence: String) -> String {
        guard sentence.unicodeScalars.contains(where: { frameStarts.contains($0) }) else { return sentence }
        var body = Substring(sentence)
        while let last = body.last, ".!~ ".contains(last) { body = body.dropLast() }
        guard let verb = verbs.first(where: { body.hasSuffix(" " + $0) }) else { return sentence }
        let framed = body.dropLast(verb.count + 1)
        for quotative in ["다고", "라고"] where framed.hasSuffix(quotative) {
            let clause = framed.dropLast(quotative.count)
            // "'…'라고": quoted words; "다고" alone: nothing was framed.
            guard let before = clause.last, !"'\"’”".contains(before), clause.split(separator: " ").count >= 2 else { return sentence }
            return clause + "다."
        }
        return sentence
    }

    /// First syllables of the frames, to pass over the many sentences that have none.
    private static let frameStarts: Set<Unicode.Scalar> = ["느", "생", "봄", "봤", "보"]
    /// The teacher's verbs of feeling, thinking and seeing that close a frame.
    private static let verbs = [
        "느꼈어요", "느꼈음", "느꼈다", "느꼈습니다", "느낌", "느껴짐", "느껴졌음", "느껴졌어요", "느껴졌다",
        "생각함", "생각했음", "생각했다", "생각해요", "생각했어요", "생각됨", "생각됩니다", "생각합니다",
        "봄", "봤음", "봤어요", "봤다", "보임", "보였음", "보였어요",
    ]
}
