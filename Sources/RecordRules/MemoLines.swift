/// The sentences of the notes that belong to a memo to the writer ("→ 이건 빼 주세요. 절대 기록 X",
/// "세특에 꼭 넣을 것"), read the same way by the drafting engine, which leaves them out, and by
/// coverage, which does not ask for them.
package struct MemoLines: Sendable {
    private struct Sentence: Hashable {
        let paragraph: Int
        let text: String
    }

    private let sentences: Set<Sentence>

    /// `assessment` is the checker's reading of one sentence of the notes.
    package init(_ structure: NotesStructure, assessment: (String) -> RuleChecker.ClauseAssessment) {
        var memo: Set<Sentence> = []
        for (paragraph, text) in structure.paragraphs.enumerated() {
            for line in text.split(separator: "\n").map(String.init) {
                let sentences = NotesStructure.sentences(of: line)
                // Only words to the writer make a memo: the teacher's own voice or guess ("물어보실 정도")
                // leaves out its sentence alone.
                func speaksToTheWriter(_ text: String) -> Bool {
                    assessment(text).forbidden.contains { $0.violation.category == .instructionText && $0.violation.reason == InstructionText.reason }
                }
                // "… 기준을 정함(제외 규칙 만든 거 좋았음)": an aside in parentheses that speaks to the writer
                // goes with the cleaning of its sentence; the sentence is still the record's.
                guard let first = sentences.firstIndex(where: { sentence in
                    guard speaksToTheWriter(sentence) else { return false }
                    let outside = Self.outsideParentheses(sentence)
                    return outside == sentence || Self.asksRemoval(sentence) || speaksToTheWriter(outside)
                }) else { continue }
                for index in Self.memo(in: sentences, from: first, assessment: assessment) {
                    memo.insert(Sentence(paragraph: paragraph, text: sentences[index]))
                }
            }
        }
        self.sentences = memo.union(Self.unchosen(structure, memo: memo)).union(Self.excludedOnRequest(structure, memo: memo))
    }

    /// The sentences a teacher's request to leave something out ("지각, 다툼 얘기는 빼고 …") names, when
    /// the notes hold what it names and would keep something else.
    private static func excludedOnRequest(_ structure: NotesStructure, memo: Set<Sentence>) -> Set<Sentence> {
        let stems = memo.sorted(by: { ($0.paragraph, $0.text) < ($1.paragraph, $1.text) }).compactMap { ExclusionDirection.excluded(in: $0.text) }.flatMap { $0 }
        guard !stems.isEmpty else { return [] }
        let record = structure.paragraphs.enumerated().flatMap { paragraph, text in
            text.split(separator: "\n").flatMap { NotesStructure.sentences(of: String($0)) }.map { Sentence(paragraph: paragraph, text: $0) }
        }.filter { !memo.contains($0) }
        let excluded = record.filter { sentence in stems.contains { DirectionWords.mentions(sentence.text, $0) } }
        return excluded.count < record.count ? Set(excluded) : []
    }

    /// The sentences of every paragraph a teacher's choice ("… 두 개만 써 주세요") leaves out: those
    /// that mention none of the things chosen, when each thing chosen is in some paragraph.
    private static func unchosen(_ structure: NotesStructure, memo: Set<Sentence>) -> Set<Sentence> {
        // The first choice in the notes' order, when there are several.
        guard let choices = memo.sorted(by: { ($0.paragraph, $0.text) < ($1.paragraph, $1.text) })
            .lazy.compactMap({ SelectionDirection.choices(in: $0.text) }).first
        else { return [] }
        let lines = structure.paragraphs.enumerated().map { paragraph, text in
            (paragraph, text.split(separator: "\n").flatMap { NotesStructure.sentences(of: String($0)) })
        }
        let record = lines.map { paragraph, sentences in
            (paragraph, sentences.filter { !memo.contains(Sentence(paragraph: paragraph, text: $0)) })
        }.filter { !$0.1.isEmpty }
        func mentions(_ sentences: [String], _ stems: [String]) -> Bool {
            sentences.contains { sentence in stems.contains { DirectionWords.mentions(sentence, $0) } }
        }
        let kept = record.filter { _, sentences in choices.contains { mentions(sentences, $0) } }
        guard choices.allSatisfy({ stems in record.contains { mentions($0.1, stems) } }), kept.count < record.count else { return [] }
        let keptParagraphs = Set(kept.map(\.0))
        return Set(record.filter { !keptParagraphs.contains($0.0) }.flatMap { paragraph, sentences in
            sentences.map { Sentence(paragraph: paragraph, text: $0) }
        })
    }

    package func contains(paragraph: Int, text: String) -> Bool {
        sentences.contains(Sentence(paragraph: paragraph, text: text))
    }

    /// The sentences of a line a memo at `first` takes.
    private static func memo(
        in sentences: [String], from first: Int, assessment: (String) -> RuleChecker.ClauseAssessment
    ) -> [Int] {
        func hasFinding(_ sentence: String) -> Bool {
            let assessed = assessment(sentence)
            return !assessed.forbidden.isEmpty || assessed.wording.contains { $0.violation.category == .negativeWording }
        }
        let asksRemoval = sentences[first...].contains(where: Self.asksRemoval)
        if asksRemoval {
            // "수행 28/30 (점수 기재X)": a removal noted in parentheses is about its own sentence only.
            if let aside = parenthesised(sentences[first]), Self.asksRemoval(aside),
               !Self.asksRemoval(outsideParentheses(sentences[first]))
            {
                return [first]
            }
            // "… 먼저 나섬. 다만 … (6월 상담 1회) → 보건실 안내. 기재 X.": a removal takes what it refers to,
            // from the last sentence before it the record could not state; with none, the whole line
            // (what it refers to is not always the sentence just before it).
            let start = sentences[..<first].lastIndex(where: hasFinding) ?? 0
            return Array(start..<sentences.count)
        }
        // "… 다시 계산해 옴. 이 부분 꼭 넣어주세요": a memo leaves what it follows, and takes what only goes
        // on speaking to the writer after it; "… 계속 볼 것. 6월 말 인터뷰 활동 땐 먼저 질문 던짐" — a
        // record sentence after it is the record's again.
        var taken = [first]
        for index in sentences.indices.dropFirst(first + 1) {
            let sentence = sentences[index]
            let speaksOn = hasFinding(sentence) || DependentSentences.measuresWhatCameBefore(sentence)
                || ContentTerms.terms(in: sentence).count < 2
            guard speaksOn else { break }
            taken.append(index)
        }
        return taken
    }

    /// Whether the sentence asks for content to go; "사연 제외 규칙을 만든 거 좋았음" names a rule the
    /// student made, and 제외 before a noun asks nothing.
    private static func asksRemoval(_ sentence: String) -> Bool {
        removalCues.contains { cue in
            guard sentence.includes(cue) else { return false }
            return cue != "제외" || !namesWhatIsLeftOut(sentence)
        }
    }

    /// "사연 제외 규칙", "제외한 항목": every 제외 of the text modifies a noun, so it names something the
    /// student left out rather than asking the writer to.
    package static func namesWhatIsLeftOut(_ text: String) -> Bool {
        text.components(separatedBy: "제외").dropFirst().allSatisfy { after in
            [" 규칙", " 기준", " 대상", " 조건", "한 ", "된 ", "하는 ", "할 ", "하고 ", "하여 "].contains(where: after.hasPrefix)
        }
    }

    /// What a memo says when it asks for content to go.
    private static let removalCues = ["빼", "뺌", "넣지 말", "쓰지 말", "말아", "제외", "기록 X", "기재 X", "세특 X", "기재X", "기재 불가", "기재하지", "쓰지 않", " X.", " X"]

    /// The text inside the sentence's parentheses, nil when it has none.
    private static func parenthesised(_ sentence: String) -> String? {
        guard let open = sentence.firstIndex(of: "("), let close = sentence[open...].firstIndex(of: ")") else { return nil }
        return String(sentence[sentence.index(after: open)..<close])
    }

    private static func outsideParentheses(_ sentence: String) -> String {
        var depth = 0
        return sentence.filter { character in
            if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1); return false }
            return depth == 0
        }
    }
}
