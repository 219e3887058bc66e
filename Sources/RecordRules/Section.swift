/// The record sections Recordline drafts. Their limits are those of the edition in force
/// (`RuleEdition.current`); a request may ask for another year's (`RecordBudget`).
/// The raw values are the identifiers used everywhere: API, CLI, template parameters.
package enum Section: String, Sendable, CaseIterable, Codable {
    case subject
    case autonomous
    case club
    case career
    case behavior

    /// Korean name as teachers know it.
    package var koreanName: String {
        switch self {
        case .subject: "교과 세부능력 및 특기사항"
        case .autonomous: "자율·자치활동 특기사항"
        case .club: "동아리활동 특기사항"
        case .career: "진로활동 특기사항"
        case .behavior: "행동특성 및 종합의견"
        }
    }

    /// Maximum characters as the 기재요령 in force publishes them (한글 기준).
    package var maxCharacters: Int { RuleEdition.current.maxCharacters(self) }

    /// Maximum NEIS bytes in the edition in force: a Hangul character is 3 bytes.
    package var byteLimit: Int { RuleEdition.current.byteLimit(self) }

    /// 세특 and 행특 also bar MOOC, 방과후학교 and 소논문 content (기재요령 p.118, p.159).
    package var barsSubjectOnlyItems: Bool {
        self == .subject || self == .behavior
    }
}
