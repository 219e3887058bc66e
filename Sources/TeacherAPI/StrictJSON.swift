import Foundation

/// Request bodies are parsed strictly: a JSON object that `JSONScanner` reads without fault, no unknown
/// or repeated fields, each member as its `BodyField` says, every error naming its field.
enum StrictJSON {
    static let maximumBytes = 256 * 1024

    /// `limit` is the largest body taken; a batch's roster may be larger than one task's notes.
    static func decode<T: Decodable>(_ body: [UInt8]?, fields: [String: BodyField], limit: Int = maximumBytes) throws(APIError) -> T {
        guard let body, !body.isEmpty else { throw .invalid("body", "the body must be a JSON object") }
        guard body.count <= limit else {
            throw APIError(status: 413, code: "too_large", message: "the body is larger than \(limit) bytes", field: "body")
        }
        let members: [String: JSONScanner.Value]
        do {
            members = try JSONScanner.members(of: body)
        } catch {
            throw describe(error)
        }
        if let unknown = members.keys.sorted().first(where: { fields[$0] == nil }) {
            throw .invalid(unknown, "unknown field \"\(unknown.prefix(60))\"; expected \(fields.keys.sorted().joined(separator: ", "))")
        }
        for (name, value) in members.sorted(by: { $0.key < $1.key }) {
            try fields[name]?.check(value, name: name)
        }
        do {
            return try JSONDecoder().decode(T.self, from: Data(body))
        } catch let error as APIError {
            // A nested member's own decoding names the member and what is wrong with it.
            throw error
        } catch {
            let (field, message) = describe(error, fields: fields)
            throw .invalid(field, message)
        }
    }

    /// A scanning fault as the caller sees it: the field it is in (or the body) and what is wrong.
    private static func describe(_ failure: JSONScanner.Failure) -> APIError {
        let field = failure.member ?? "body"
        let place = failure.member.map { "\($0) (at byte \(failure.offset) of the body)" } ?? "the body (at byte \(failure.offset))"
        switch failure.problem {
        case .notAnObject:
            return .invalid("body", "the body is not a JSON object")
        case .syntax(let expected):
            return .invalid("body", "the body is not valid JSON: expected \(expected) at byte \(failure.offset)")
        case .notUTF8:
            return .invalid(field, "\(place) is not valid UTF-8")
        case .rawControlCharacter(let byte):
            return .invalid(field, "\(place) holds the control character \(InputCharacters.codePoint(UInt32(byte))) unescaped, which JSON does not allow")
        case .unpairedSurrogate:
            return .invalid(field, "\(place) has a \\u escape for half of a surrogate pair, which is no character")
        case .duplicateName(let name):
            // At the top level the member is the repeated name itself; deeper, the member it is in.
            return .invalid(field, "the field \"\(name.prefix(60))\" appears more than once; give each field once")
        case .tooDeep:
            return .invalid(field, "the body nests deeper than \(JSONScanner.maximumDepth) levels")
        }
    }

    /// The field a decoding error is about, and a sentence for the caller to show.
    private static func describe(_ error: any Error, fields: [String: BodyField]) -> (String, String) {
        guard let error = error as? DecodingError else { return ("body", "the body is not valid JSON") }
        switch error {
        case .keyNotFound(let key, _):
            return (key.stringValue, "\(key.stringValue) is required")
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            guard let field = context.codingPath.first?.stringValue else { return ("body", "the body could not be read") }
            return (field, "\(field) must be \(fields[field]?.expected ?? "a string")")
        @unknown default:
            return ("body", "the body is not valid JSON")
        }
    }
}
