import RecordRules

/// `GET /v1/sections[?ruleYear=2025]`: the sections and their limits in one 학년도's rules (the edition
/// in force by default), the years there are rules for, and the 공통과목 whose two parts share a limit.
struct SectionsView: Encodable {
    struct CombinedSubjects: Encodable {
        let names: [String]
        let maxCharacters: Int
        let byteLimit: Int
    }

    let ruleYear: Int
    let ruleYears: [Int]
    let sections: [SectionView]
    /// Absent in a year whose rules give every subject its own limit.
    let combinedSubjects: CombinedSubjects?

    init(_ edition: RuleEdition) {
        ruleYear = edition.year
        ruleYears = RuleEdition.years
        sections = Section.allCases.map { SectionView($0, edition: edition) }
        combinedSubjects = edition.combinedSubjects.map {
            CombinedSubjects(names: $0.names, maxCharacters: $0.maxCharacters, byteLimit: $0.byteLimit)
        }
    }

    /// The `ruleYear` query parameter, if given: a year there are rules for.
    static func edition(query: [String: String]) throws(APIError) -> RuleEdition {
        try QueryParameters.require(query, only: ["ruleYear"])
        var year: Int?
        if let text = query["ruleYear"] {
            guard let value = QueryParameters.wholeNumber(text) else {
                throw .invalid("ruleYear", "ruleYear must be a whole number (a 학년도 such as \(RuleEdition.defaultYear))")
            }
            year = value
        }
        do {
            return try RuleEdition.edition(year)
        } catch {
            throw .invalid(error.field, error.message)
        }
    }
}

/// One section as the page's section picker shows it.
struct SectionView: Encodable {
    let id: String
    let name: String
    let maxCharacters: Int
    let byteLimit: Int
    let needsSubject: Bool

    init(_ section: Section, edition: RuleEdition = .current) {
        id = section.rawValue
        name = section.koreanName
        maxCharacters = edition.maxCharacters(section)
        byteLimit = edition.byteLimit(section)
        needsSubject = section == .subject
    }
}
