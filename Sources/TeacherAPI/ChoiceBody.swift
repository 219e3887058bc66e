/// `PUT /v1/tasks/<id>/choice`: the version the teacher picks, the text as they edited it (the
/// version's own when absent) and whether it is final.
struct ChoiceBody: Decodable {
    static let fields: [String: BodyField] = ["version": .wholeNumber, "text": .text, "final": .flag]

    let version: Int
    let text: String?
    let final: Bool?

    /// The body, with a text that is no draft (empty, longer than a checked text may be) refused by name.
    /// Whether `version` exists and is done depends on the task, and is the caller's to check.
    static func parse(_ body: [UInt8]?) throws(APIError) -> ChoiceBody {
        let choice: ChoiceBody = try StrictJSON.decode(body, fields: fields)
        if let text = choice.text {
            guard !text.allSatisfy(\.isWhitespace) else { throw .invalid("text", "text is empty; leave it out to keep the version's own") }
            guard text.count <= CheckBody.maximumCharacters else {
                throw .invalid("text", "text is longer than \(CheckBody.maximumCharacters) characters")
            }
        }
        return choice
    }
}
