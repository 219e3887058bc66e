import Pipeline
import RecordRules

/// `POST /v1/tasks`: what the teacher asks for, validated before anything is stored.
enum CreateTaskBody {
    static let fields: [String: BodyField] = [
        "section": .line, "subject": .line, "targetBytes": .wholeNumber, "activities": .text, "extraForbiddenTerms": .lines,
        "studentNames": .lines, "ruleYear": .wholeNumber, "part1Text": .text,
    ]

    static func parse(_ body: [UInt8]?) throws(APIError) -> TaskRequest {
        let request: TaskRequest = try StrictJSON.decode(body, fields: fields)
        do {
            _ = try request.draftRequest()
        } catch {
            throw .invalid(error.field, error.message)
        }
        return request
    }
}
