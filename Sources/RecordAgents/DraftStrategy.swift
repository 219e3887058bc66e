/// The three deliberately different drafts: different emphasis, order and length, not paraphrases.
package enum DraftStrategy: Int, Sendable, CaseIterable, Codable {
    /// Every admissible note in the teacher's order, with its detail.
    case comprehensive = 1
    /// Grouped by the competencies the notes show, strongest first, each group named.
    case competency = 2
    /// One key clause per paragraph, growth last: a short narrative.
    case growth = 3

    package var version: Int { rawValue }

    package init?(version: Int) {
        self.init(rawValue: version)
    }

    package var koreanName: String {
        switch self {
        case .comprehensive: "종합·시간순"
        case .competency: "역량 중심"
        case .growth: "간결한 성장 서사"
        }
    }
}
