import Foundation

/// Request bodies are parsed strictly: a JSON object, no unknown fields, every error naming its field.
enum StrictJSON {
    static let maximumBytes = 256 * 1024

    static func decode<T: Decodable>(_ body: [UInt8]?, fields: Set<String>) throws(APIError) -> T {
        guard let body, !body.isEmpty else { throw .invalid("body", "the body must be a JSON object") }
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
        for (key, value) in object where key.hasSuffix("Bytes") {
            if let number = value as? Double, number != number.rounded() {
                throw .invalid(key, "\(key) must be a whole number of bytes")
            }
        }
        do {
            return try JSONDecoder().decode(T.self, from: Data(body))
        } catch {
            let (field, message) = describe(error)
            throw .invalid(field, message)
        }
    }

    /// The field a decoding error is about, and a sentence for the caller to show.
    private static func describe(_ error: any Error) -> (String, String) {
        guard let error = error as? DecodingError else { return ("body", "the body is not valid JSON") }
        switch error {
        case .keyNotFound(let key, _):
            return (key.stringValue, "\(key.stringValue) is required")
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            let field = context.codingPath.first?.stringValue ?? "body"
            let expected = switch field {
            case _ where field.hasSuffix("Bytes"): "a whole number of bytes"
            case "extraForbiddenTerms", "studentNames": "a list of strings"
            default: "a string"
            }
            return (field, "\(field) must be \(expected)")
        @unknown default:
            return ("body", "the body is not valid JSON")
        }
    }
}
