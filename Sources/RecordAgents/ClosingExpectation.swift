import RecordRules

/// The one sentence a draft gives to shortcomings the notes record without a change: what the
/// student can grow in, as an expectation (기재요령: 성장을 지원하는 교육적 관점), never an improvement
/// nobody observed. Each version words it differently so the three drafts do not repeat one line.
enum ClosingExpectation {
    static func sentence(aspects: [String], strategy: DraftStrategy) -> String? {
        var seen = Set<String>()
        let distinct = aspects.filter { seen.insert($0).inserted }.prefix(2)
        guard let first = distinct.first else { return nil }
        var object = first
        if distinct.count == 2, let second = distinct.last {
            object += Hangul.particle(after: first, withFinal: "과", withoutFinal: "와") + " " + second
        }
        object += Hangul.particle(after: object, withFinal: "을", withoutFinal: "를")
        switch strategy {
        case .comprehensive: return "\(object) 보완한다면 더욱 성장할 것으로 기대됨."
        case .competency: return "\(object) 꾸준히 보완해 나간다면 한층 발전할 것으로 기대됨."
        case .growth: return "앞으로 \(object) 보완한다면 더 큰 성장이 기대됨."
        }
    }

    /// Whether a sentence is such an expectation (the finalize stage keeps it last).
    static func isExpectation(_ sentence: String) -> Bool {
        sentence.hasSuffix("기대됨.") && sentence.includes("보완")
    }
}
