/// `POST /v1/batches` with a JSON body: the settings every student shares and the students.
struct BatchBody: Decodable {
    static let fields: [String: BodyField] = [
        "section": .line, "subject": .line, "targetBytes": .wholeNumber, "extraForbiddenTerms": .lines, "students": .objects,
        "ruleYear": .wholeNumber,
    ]
    /// 200 students with long notes are far more than one task's body.
    static let maximumBytes = 4 * 1024 * 1024

    let section: String
    let subject: String?
    let targetBytes: Int?
    let extraForbiddenTerms: [String]?
    let ruleYear: Int?
    let students: [BatchStudent]

    static func parse(_ body: [UInt8]?) throws(APIError) -> BatchSubmission {
        let batch: BatchBody = try StrictJSON.decode(body, fields: fields, limit: maximumBytes)
        return try BatchSubmission(
            settings: .init(
                section: batch.section, subject: batch.subject, targetBytes: batch.targetBytes, extraForbiddenTerms: batch.extraForbiddenTerms,
                ruleYear: batch.ruleYear),
            students: batch.students.enumerated().map { index, student in
                .init(number: student.number, name: student.name, notes: student.activities, part1Text: student.part1Text, place: "students[\(index)]")
            })
    }
}
