import RecordRules

/// The one sentence a draft gives to shortcomings the notes record without a change: what the
/// student can grow in, as an expectation (기재요령: 성장을 지원하는 교육적 관점), never an improvement
/// nobody observed. Each version words it differently so the three drafts do not repeat one line.
enum ClosingExpectation {
    /// `seed` picks the wording (the engine passes a hash of the notes: deterministic per student).
    static func sentence(aspects: [String], strategy: DraftStrategy, seed: UInt64) -> String? {
        var seen = Set<String>()
        let distinct = aspects.filter { seen.insert($0).inserted }.prefix(2)
        guard let first = distinct.first else { return nil }
        var object = first
        if distinct.count == 2, let second = distinct.last {
            object += Hangul.particle(after: first, withFinal: "과", withoutFinal: "와") + " " + second
        }
        object += Hangul.particle(after: object, withFinal: "을", withoutFinal: "를")
        // Each version has its own wordings, and the notes choose among them, so a class's drafts do
        // not all close on one line.
        let wordings = Self.wordings[strategy] ?? []
        let choice = Int(seed % UInt64(wordings.count))
        return wordings[choice].replacingAll("{}", with: object)
    }

    private static let wordings: [DraftStrategy: [String]] = [
        .comprehensive: [
            "{} 보완한다면 더욱 성장할 것으로 기대됨.", "{} 조금씩 보완해 간다면 더 성장할 것으로 기대됨.",
            "{} 꾸준히 보완한다면 한 단계 더 성장할 것으로 기대됨.",
        ],
        .competency: [
            "{} 꾸준히 보완해 나간다면 한층 발전할 것으로 기대됨.", "{} 보완해 나간다면 더욱 발전할 것으로 기대됨.",
            "{} 차근차근 보완한다면 한층 발전한 모습이 기대됨.",
        ],
        .growth: [
            "앞으로 {} 보완한다면 더 큰 성장이 기대됨.", "앞으로 {} 꾸준히 보완한다면 더 큰 발전이 기대됨.",
            "{} 보완해 간다면 앞으로의 성장이 더욱 기대됨.",
        ],
    ]

    /// Whether a sentence is such an expectation (the finalize stage keeps it last).
    static func isExpectation(_ sentence: String) -> Bool {
        sentence.hasSuffix("기대됨.") && sentence.includes("보완")
    }
}
