import RecordRules

/// What the teacher asked of the record's order in the notes: "마지막 문장은 '문학 작품을 구조적으로
/// 읽는 힘' 쪽으로 마무리할 것", "첫 문장 '배려' 쪽으로", "비평문 고쳐쓰기 과정 중심으로". The rules
/// keep such a line out of the record (it is text addressed to the writer); the engine follows it by
/// putting the notes sentences it points at first or last. It never writes the direction's words as
/// a sentence of its own: a direction with nothing in the notes to point at changes nothing.
struct TeacherDirections: Sendable {
    /// What a direction points at: words the notes sentences share with it, and the competencies it
    /// names ("협업 쪽으로" points at a sentence whose doing shows collaboration).
    struct Target: Sendable, Equatable {
        let stems: [String]
        let competencies: Set<Competency>
    }

    var opening: Target?
    var closing: Target?
    var emphasis: [Target] = []

    var isEmpty: Bool { opening == nil && closing == nil && emphasis.isEmpty }

    /// Reads the directions among the notes sentences the rules file as instruction text.
    init(sentences: [String], isInstruction: (String) -> Bool) {
        for sentence in sentences where Self.markers.contains(where: sentence.includes) && isInstruction(sentence) {
            if Self.closingMarkers.contains(where: sentence.includes) {
                closing = closing ?? Self.target(in: sentence)
            } else if Self.openingMarkers.contains(where: sentence.includes) {
                opening = opening ?? Self.target(in: sentence)
            } else if let target = Self.target(in: sentence) {
                emphasis.append(target)
            }
        }
    }

    /// The sequence with what the opening direction points at first, the closing one's sentence last,
    /// and, for the drafts that choose their order, the emphasised ones before the rest. What moves
    /// first moves with its block (`blocks`: runs a draft keeps together), so a result still follows
    /// its experiment and "+ 질의응답 때" its presentation.
    func applied(to sequence: [NotesReading.Sentence], blocks: [[NotesReading.Sentence]], reordering: Bool) -> [NotesReading.Sentence] {
        guard !isEmpty, sequence.count > 1 else { return sequence }
        let blockOf = Dictionary(blocks.enumerated().flatMap { index, block in block.map { ($0.source, index) } }) { first, _ in first }
        func withTheirBlocks(_ chosen: [NotesReading.Sentence]) -> [NotesReading.Sentence] {
            let taken = Set(chosen.compactMap { blockOf[$0.source] })
            return sequence.filter { sentence in blockOf[sentence.source].map(taken.contains) ?? chosen.contains { $0.source == sentence.source } }
        }
        func first(_ chosen: [NotesReading.Sentence], in result: [NotesReading.Sentence]) -> [NotesReading.Sentence] {
            let moved = withTheirBlocks(chosen).filter { sentence in result.contains { $0.source == sentence.source } }
            return moved + result.filter { sentence in !moved.contains { $0.source == sentence.source } }
        }
        var result = sequence
        if reordering, !emphasis.isEmpty {
            result = first(result.filter { sentence in emphasis.contains { Self.score(of: sentence, for: $0) > 0 } }, in: result)
        }
        if let opening, let best = Self.best(in: result, for: opening) {
            result = first([result[best]], in: result)
        }
        if let closing, let best = Self.best(in: result, for: closing), !(opening != nil && best == 0 && result.count == 1) {
            result.append(result.remove(at: best))
        }
        return result
    }

    /// Whether a direction puts a sentence of its own at the end: the draft then ends there, not on
    /// the expectation the notes' shortcomings would otherwise close it with.
    func closes(_ sequence: [NotesReading.Sentence]) -> Bool {
        guard let closing else { return false }
        return Self.best(in: sequence, for: closing) != nil
    }

    // MARK: reading a direction

    /// Words that make a line a direction about order or weight.
    private static let markers = [
        "중심으로", "위주로", "쪽으로", "마무리", "강조", "첫 문장", "마지막 문장", "끝 문장", "처음은", "시작은", "중심.", "위주.", "먼저 써", "먼저 넣",
        "먼저 나오", "부터 써", "앞에 써", "앞에 넣",
    ]
    private static let closingMarkers = ["마지막 문장", "끝 문장", "마무리", "마지막은", "끝은"]
    private static let openingMarkers = ["첫 문장", "처음은", "시작은", "첫머리", "첫 줄", "먼저 써", "먼저 넣", "먼저 나오", "부터 써", "앞에 써", "앞에 넣"]

    /// What the line points at: the last words it quotes ("'리더십' 말고 '배려' 쪽으로" points at 배려),
    /// else the words before its marker.
    private static func target(in sentence: String) -> Target? {
        var text = sentence
        if let quoted = lastQuote(in: sentence) {
            text = quoted
        } else if let marker = markers.compactMap({ sentence.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) {
            // "세특엔 점수 얘기 빼고 비평문 고쳐쓰기 과정 중심으로": the clause just before the marker.
            var before = String(sentence[..<marker.lowerBound])
            for joint in ["고 ", ", ", "는 ", "은 "] {
                if let cut = before.range(of: joint, options: .backwards), before.distance(from: cut.upperBound, to: before.endIndex) > 1 {
                    before = String(before[cut.upperBound...])
                    break
                }
            }
            text = before
        }
        let stems = DirectionWords.stems(in: text)
        let competencies = Set(competencyWords.compactMap { word, competency in text.includes(word) ? competency : nil })
        guard !stems.isEmpty || !competencies.isEmpty else { return nil }
        return Target(stems: stems, competencies: competencies)
    }

    private static func lastQuote(in sentence: String) -> String? {
        var quote: String?
        var rest = Substring(sentence)
        while let open = rest.firstIndex(where: { "'‘\"“".contains($0) }),
              let close = rest[rest.index(after: open)...].firstIndex(where: { "'’\"”".contains($0) })
        {
            quote = String(rest[rest.index(after: open)..<close])
            rest = rest[rest.index(after: close)...]
        }
        return quote
    }

    /// Words a teacher names a competency with.
    private static let competencyWords: [(String, Competency)] = [
        ("협업", .collaboration), ("협력", .collaboration), ("협동", .collaboration), ("리더십", .leadership), ("주도", .leadership),
        ("배려", .care), ("나눔", .care), ("성실", .diligence), ("책임감", .diligence), ("탐구", .inquiry), ("문제 해결", .problemSolving),
        ("문제해결", .problemSolving), ("의사소통", .communication), ("소통", .communication), ("발표", .communication), ("창의", .creativity),
        ("자기주도", .selfDirection), ("자기 주도", .selfDirection), ("진로", .career),
    ]

    // MARK: pointing at sentences

    /// How strongly a sentence is what the direction points at: its shared words count most, a
    /// competency it shows less; 0 when it is not.
    private static func score(of sentence: NotesReading.Sentence, for target: Target) -> Int {
        let shared = target.stems.filter { DirectionWords.mentions(sentence.text, $0) }.count
        let shown = target.competencies.reduce(0) { $0 + (sentence.competencies[$1] ?? 0) }
        return shared * 10 + min(shown, 9)
    }

    /// The sentence the direction points at most strongly, the earliest of equals; nil when none.
    private static func best(in sequence: [NotesReading.Sentence], for target: Target) -> Int? {
        let scored = sequence.indices.map { (index: $0, score: score(of: sequence[$0], for: target)) }
        guard let top = scored.max(by: { ($0.score, -$0.index) < ($1.score, -$1.index) }), top.score > 0 else { return nil }
        return top.index
    }
}
