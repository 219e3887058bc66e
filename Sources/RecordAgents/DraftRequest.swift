import RecordRules

/// A teacher's request for drafts: the notes and the rules they are checked against.
package struct DraftRequest: Sendable {
    package static let maxNotesCharacters = 20_000

    package let notes: String
    package let options: CheckOptions

    /// Validates the notes and the options; errors name the field at fault.
    package init(
        notes: String, section: Section, subject: String? = nil, targetBytes: Int? = nil,
        extraForbiddenTerms: [String] = [], studentNames: [String] = [], ruleYear: Int? = nil, part1Text: String? = nil
    ) throws(RequestError) {
        let trimmed = notes.trimmed
        guard !trimmed.isEmpty else {
            throw RequestError(field: "activities", message: "the notes are empty")
        }
        guard notes.count <= Self.maxNotesCharacters else {
            throw RequestError(
                field: "activities",
                message: "the notes are \(notes.count) characters; at most \(Self.maxNotesCharacters) are accepted")
        }
        self.notes = notes
        options = try CheckOptions(
            section: section, subject: subject, targetBytes: targetBytes, extraForbiddenTerms: extraForbiddenTerms,
            studentNames: studentNames, notes: notes, ruleYear: ruleYear, part1Text: part1Text)
    }
}
