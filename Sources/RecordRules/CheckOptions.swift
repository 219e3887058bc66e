/// What a text is checked against: the section, the byte target and profile (within the budget of the
/// request's 학년도 rules), the request's own forbidden terms, and (for drafts) the notes it must
/// reflect and may not go beyond.
package struct CheckOptions: Sendable, Hashable {
    /// A subject's name (과학, 기술·가정, 정보과학): far shorter, but bounded so no request carries a page in it.
    package static let maxSubjectLength = 50
    package static let maxExtraTerms = 100
    package static let maxExtraTermLength = 50
    package static let maxStudentNames = 100
    package static let maxStudentNameLength = 50

    package let section: Section
    package let subject: String?
    /// The limit the target lies within: the section's in the request's 학년도, or what part 1 of a
    /// 공통과목 leaves of the limit both parts share.
    package let budget: RecordBudget
    package let targetBytes: Int
    package let profile: ByteProfile
    package let extraForbiddenTerms: [String]
    /// The student's name (or the class roster): reported wherever it appears, full or given name alone.
    package let studentNames: [String]
    /// The notes' paragraphs that hold admissible content; coverage and grounding are checked
    /// only when notes are given.
    package let notes: String?

    /// Every name that is the student's: the roster given, the name the notes' header gives
    /// ("2-2 자율활동 — 서예린") and the name they open on ("수아는 …", when it recurs), so "예린이 낸 것" later is the student's name for every reader of the
    /// notes — the checker and what a model may see alike.
    package var roster: [String] {
        studentNames + (notes.map { NotesStructure.headerNames(of: $0) + (NotesStructure.openingName(of: $0).map { [$0] } ?? []) } ?? [])
    }

    /// Validates the request's values; errors name the field at fault.
    package init(
        section: Section, subject: String? = nil, targetBytes: Int? = nil, profile: ByteProfile = .official,
        extraForbiddenTerms: [String] = [], studentNames: [String] = [], notes: String? = nil, ruleYear: Int? = nil,
        part1Text: String? = nil
    ) throws(RequestError) {
        if section == .subject {
            let trimmed = subject?.trimmed ?? ""
            guard !trimmed.isEmpty else {
                throw RequestError(field: "subject", message: "subject is required for the subject section (e.g. 과학)")
            }
        }
        guard (subject?.trimmed.count ?? 0) <= Self.maxSubjectLength else {
            throw RequestError(field: "subject", message: "subject must be at most \(Self.maxSubjectLength) characters")
        }
        guard extraForbiddenTerms.count <= Self.maxExtraTerms else {
            throw RequestError(field: "extraForbiddenTerms", message: "at most \(Self.maxExtraTerms) extra forbidden terms")
        }
        if let bad = extraForbiddenTerms.first(where: {
            let trimmed = $0.trimmed
            return trimmed.isEmpty || trimmed.count > Self.maxExtraTermLength
        }) {
            throw RequestError(
                field: "extraForbiddenTerms",
                message: "each extra forbidden term must be 1 to \(Self.maxExtraTermLength) characters, got \"\(bad.prefix(60))\"")
        }
        guard studentNames.count <= Self.maxStudentNames else {
            throw RequestError(field: "studentNames", message: "at most \(Self.maxStudentNames) student names")
        }
        if let bad = studentNames.first(where: {
            let trimmed = $0.trimmed
            return trimmed.isEmpty || trimmed.count > Self.maxStudentNameLength
        }) {
            throw RequestError(
                field: "studentNames",
                message: "each student name must be 1 to \(Self.maxStudentNameLength) characters, got \"\(bad.prefix(60))\"")
        }
        // After the subject: whether part 1 counts depends on which subject this is.
        let budget = try RecordBudget(section: section, subject: subject, ruleYear: ruleYear, part1Text: part1Text, profile: profile)
        let target = try budget.target(targetBytes)
        self.section = section
        self.subject = subject?.trimmed
        self.budget = budget
        self.targetBytes = target
        self.profile = profile
        self.extraForbiddenTerms = extraForbiddenTerms
        self.studentNames = studentNames
        self.notes = notes
    }
}

/// A request value that cannot be used, naming the field so API and CLI errors can point at it.
package struct RequestError: Error, Sendable, Equatable, CustomStringConvertible {
    package let field: String
    package let message: String

    package init(field: String, message: String) {
        self.field = field
        self.message = message
    }

    package var description: String { "\(field): \(message)" }
}

extension Section {
    /// Parses a section identifier, with an error that lists the valid ones.
    package static func parse(_ value: String) throws(RequestError) -> Section {
        guard let section = Section(rawValue: value) else {
            let valid = Section.allCases.map(\.rawValue).joined(separator: ", ")
            throw RequestError(field: "section", message: "unknown section \"\(value.prefix(40))\"; expected one of \(valid)")
        }
        return section
    }
}
