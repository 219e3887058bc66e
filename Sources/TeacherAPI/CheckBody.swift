import Foundation
import RecordRules

/// `POST /v1/check`: any text a teacher wrote or edited, checked against a section's rules.
struct CheckBody: Decodable {
    static let fields: [String: BodyField] = [
        "text": .text, "section": .line, "subject": .line, "targetBytes": .wholeNumber, "extraForbiddenTerms": .lines,
        "studentNames": .lines, "notes": .text, "ruleYear": .wholeNumber, "part1Text": .text,
    ]
    static let maximumCharacters = 20_000

    let text: String
    let section: String
    let subject: String?
    let targetBytes: Int?
    let extraForbiddenTerms: [String]?
    /// The student's name (or the class roster), reported wherever it appears in the text.
    let studentNames: [String]?
    /// The notes the text was drafted from, for the coverage and grounding checks.
    let notes: String?
    /// The 학년도 whose rules apply; the edition in force when absent.
    let ruleYear: Int?
    /// For part 2 of a 공통과목: part 1's record, which takes its bytes from the shared limit.
    let part1Text: String?

    static func parse(_ body: [UInt8]?) throws(APIError) -> (text: String, options: CheckOptions) {
        let check: CheckBody = try StrictJSON.decode(body, fields: fields)
        guard check.text.count <= maximumCharacters else {
            throw .invalid("text", "text is longer than \(maximumCharacters) characters")
        }
        guard (check.notes?.count ?? 0) <= maximumCharacters else {
            throw .invalid("notes", "notes are longer than \(maximumCharacters) characters")
        }
        do {
            let options = try CheckOptions(
                section: try Section.parse(check.section), subject: check.subject, targetBytes: check.targetBytes,
                extraForbiddenTerms: check.extraForbiddenTerms ?? [], studentNames: check.studentNames ?? [], notes: check.notes,
                ruleYear: check.ruleYear, part1Text: check.part1Text)
            return (check.text, options)
        } catch {
            throw .invalid(error.field, error.message)
        }
    }
}
