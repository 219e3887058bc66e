import Foundation
import Pipeline
import RecordRules

/// `POST /v1/tasks`: parsed strictly, so a misspelt field is an error rather than silently ignored.
enum CreateTaskBody {
    static let maximumBytes = 256 * 1024
    static let fields: Set<String> = ["section", "subject", "targetBytes", "activities", "extraForbiddenTerms"]

    static func parse(_ body: [UInt8]?) throws(APIError) -> TaskRequest {
        guard let body, !body.isEmpty else { throw .invalid("body", "the body must be a JSON object with section and activities") }
        guard body.count <= maximumBytes else {
            throw APIError(status: 413, code: "too_large", message: "the body is larger than \(maximumBytes) bytes", field: "body")
        }
        guard let object = (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any] else {
            throw .invalid("body", "the body is not a JSON object")
        }
        if let unknown = object.keys.sorted().first(where: { !fields.contains($0) }) {
            throw .invalid(unknown, "unknown field \"\(unknown)\"; expected \(fields.sorted().joined(separator: ", "))")
        }
        // JSONDecoder reports a fraction for an integer without the field's name.
        if let number = object["targetBytes"] as? Double, number != number.rounded() {
            throw .invalid("targetBytes", "targetBytes must be a whole number of bytes")
        }
        let request: TaskRequest
        do {
            request = try JSONDecoder().decode(TaskRequest.self, from: Data(body))
        } catch {
            let (field, message) = describe(error)
            throw .invalid(field, message)
        }
        do {
            _ = try request.draftRequest()
        } catch {
            throw .invalid(error.field, error.message)
        }
        return request
    }

    /// The field a decoding error is about, and a sentence for the teacher's tool to show.
    private static func describe(_ error: any Error) -> (String, String) {
        guard let error = error as? DecodingError else { return ("body", "the body is not valid JSON") }
        switch error {
        case .keyNotFound(let key, _):
            return (key.stringValue, "\(key.stringValue) is required")
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            let field = context.codingPath.first?.stringValue ?? "body"
            let expected = switch field {
            case "targetBytes": "a whole number of bytes"
            case "extraForbiddenTerms": "a list of strings"
            default: "a string"
            }
            return (field, "\(field) must be \(expected)")
        @unknown default:
            return ("body", "the body is not valid JSON")
        }
    }
}
