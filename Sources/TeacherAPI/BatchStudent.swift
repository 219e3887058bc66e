/// One student of a `POST /v1/batches` JSON body: `{"number", "name"?, "activities", "part1Text"?}`. Decoding names
/// the student's place and member (`students[3].activities`) in every error.
struct BatchStudent: Decodable {
    let number: Int
    let name: String?
    let activities: String
    /// For part 2 of a 공통과목: the student's part-1 record.
    let part1Text: String?

    private struct Key: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    static let members = ["activities", "name", "number", "part1Text"]

    init(from decoder: any Decoder) throws {
        let place = "students[\(decoder.codingPath.last?.intValue ?? 0)]"
        let container = try decoder.container(keyedBy: Key.self)
        if let unknown = container.allKeys.map(\.stringValue).sorted().first(where: { !Self.members.contains($0) }) {
            throw APIError.invalid("\(place).\(unknown.prefix(60))", "unknown field \"\(unknown.prefix(60))\" in \(place); expected \(Self.members.joined(separator: ", "))")
        }
        guard let number = try? container.decode(Int.self, forKey: Key(stringValue: "number")), (1...100_000).contains(number) else {
            throw APIError.invalid("\(place).number", "\(place).number must be a whole number from 1 to 100000")
        }
        guard let activities = try? container.decode(String.self, forKey: Key(stringValue: "activities")) else {
            throw APIError.invalid("\(place).activities", "\(place).activities is required and must be a string")
        }
        let name: String?
        do {
            name = try container.decodeIfPresent(String.self, forKey: Key(stringValue: "name"))
        } catch {
            throw APIError.invalid("\(place).name", "\(place).name must be a string")
        }
        let part1Text: String?
        do {
            part1Text = try container.decodeIfPresent(String.self, forKey: Key(stringValue: "part1Text"))
        } catch {
            throw APIError.invalid("\(place).part1Text", "\(place).part1Text must be a string")
        }
        try InputCharacters.check(activities, field: "\(place).activities", what: "\(place).activities", lines: true)
        if let part1Text { try InputCharacters.check(part1Text, field: "\(place).part1Text", what: "\(place).part1Text", lines: true) }
        if let name {
            try InputCharacters.check(name, field: "\(place).name", what: "\(place).name", lines: false)
            guard name.count <= BatchRoster.maximumNameLength else {
                throw APIError.invalid("\(place).name", "\(place).name is longer than \(BatchRoster.maximumNameLength) characters")
            }
        }
        self.number = number
        self.name = name.flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
        self.activities = activities
        self.part1Text = part1Text
    }
}
