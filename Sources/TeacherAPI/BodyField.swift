/// What one member of a JSON request body may hold, checked on the scanned body before it is decoded,
/// so every fault names its field: the type, the characters of its text, and a number that is whole and
/// within what JSON numbers carry exactly. Lengths and ranges are the request's own rules
/// (`CheckOptions`, `DraftRequest`, `CheckBody`), checked after decoding.
enum BodyField {
    /// One line of text: a section, a subject.
    case line
    /// Text that may hold line breaks and tabs: notes, a draft.
    case text
    /// A whole number.
    case wholeNumber
    /// A list of one-line strings: forbidden terms, names.
    case lines
    /// true or false.
    case flag
    /// A list of JSON objects (a batch's students), whose members their own decoding checks.
    case objects

    /// The largest whole number a JSON number carries exactly everywhere (I-JSON, RFC 7493): 2^53 − 1.
    static let largestWholeNumber = 9_007_199_254_740_991.0

    var expected: String {
        switch self {
        case .line, .text: "a string"
        case .wholeNumber: "a whole number"
        case .flag: "true or false"
        case .lines: "a list of strings"
        case .objects: "a list of objects"
        }
    }

    func check(_ value: JSONScanner.Value, name: String) throws(APIError) {
        switch (self, value) {
        // null is an absent optional member; for a required one the decoder names it.
        case (_, .null): return
        case (.line, .string(let text)): try InputCharacters.check(text, field: name, what: name, lines: false)
        case (.text, .string(let text)): try InputCharacters.check(text, field: name, what: name, lines: true)
        case (.wholeNumber, .number(let written)): try Self.checkWholeNumber(written, name: name)
        case (.flag, .bool): return
        case (.lines, .array(let items)):
            for (offset, item) in items.enumerated() {
                guard case .string(let text) = item else {
                    throw .invalid(name, "\(name) must be a list of strings; item \(offset + 1) is not a string")
                }
                try InputCharacters.check(text, field: name, what: "\(name) item \(offset + 1)", lines: false)
            }
        case (.objects, .array(let items)):
            for (offset, item) in items.enumerated() {
                guard case .object = item else { throw .invalid(name, "\(name) must be a list of objects; item \(offset + 1) is not an object") }
            }
        default: throw .invalid(name, "\(name) must be \(expected)")
        }
    }

    /// 900, 900.0 and 9e2 are whole; 12.5 is not; 1e400 and 99999999999999999999 are out of range
    /// (JSONDecoder fails on them without naming the field).
    private static func checkWholeNumber(_ written: String, name: String) throws(APIError) {
        guard let number = Double(written), number.isFinite, abs(number) <= largestWholeNumber else {
            throw .invalid(name, "\(name) \(written.prefix(40)) is out of range")
        }
        guard number == number.rounded() else { throw .invalid(name, "\(name) must be a whole number") }
    }
}
