import Foundation
import TeacherAPI
import Testing

/// The served `/openapi.json` says what the API does: every status an operation can answer, and each
/// request string's limits and characters, probed at their boundaries against the API itself.
@Suite("OpenAPI document")
struct OpenAPIDocumentTests {
    static func harness() async throws -> APIHarness {
        try await APIHarness(limits: APILimits(requestsPerMinute: 100_000, tasksInFlight: 100_000, heartbeat: .milliseconds(200)))
    }

    static func schemas(_ harness: APIHarness) async throws -> [String: [String: Any]] {
        let document = await harness.call("GET", "/openapi.json", token: nil).json
        return try #require((document["components"] as? [String: Any])?["schemas"] as? [String: [String: Any]])
    }

    /// The request bodies, each with a body the API accepts and where it posts it.
    static let requests: [(schema: String, path: String, base: [String: String])] = [
        ("TaskRequest", "/v1/tasks", ["section": "subject", "subject": "과학", "activities": "전지 실험을 설계함."]),
        ("CheckRequest", "/v1/check", ["text": "전지 실험을 설계함.", "section": "subject", "subject": "과학"]),
    ]

    /// Members probed on a body of their own: where a rule of the document lets them reach their limit.
    /// The part-1 text counts only for part 2 of a 공통과목, and is probed in ASCII, whose bytes are
    /// its characters (its maxLength is one under the 1500 bytes both parts share); the largest byte
    /// target is career's in the 2025 rules.
    static func probeBase(_ base: [String: String], for name: String) -> [String: Any] {
        var body: [String: Any] = base
        switch name {
        case "part1Text": body["subject"] = "공통국어2"
        case "targetBytes": body["section"] = "career"; body["ruleYear"] = 2025
        default: break
        }
        return body
    }
    static let probeCharacter: [String: String] = ["part1Text": "a"]

    static func post(_ harness: APIHarness, _ path: String, _ body: [String: Any]) async throws -> (status: Int, field: String?) {
        let text = String(decoding: try JSONSerialization.data(withJSONObject: body), as: UTF8.self)
        let answer = await harness.call("POST", path, body: text, token: try await APIHarness.token("a"))
        return (answer.status, (answer.json["error"] as? [String: Any])?["field"] as? String)
    }

    @Test func everyOperationListsTheStatusesItCanAnswer() async throws {
        let harness = try await Self.harness()
        let document = await harness.call("GET", "/openapi.json", token: nil).json
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        var operations = 0
        for (path, item) in paths {
            for (method, operation) in item where method != "parameters" {
                let statuses = Set(((operation as? [String: Any])?["responses"] as? [String: Any] ?? [:]).keys)
                // Every /v1 call is authenticated, counted against the teacher's limit, and may find the store down.
                #expect(statuses.isSuperset(of: ["401", "429", "503"]), "\(method) \(path): \(statuses.sorted())")
                if method == "post" {
                    #expect(statuses.isSuperset(of: ["400", "413", "415"]), "\(method) \(path): \(statuses.sorted())")
                }
                operations += 1
            }
        }
        #expect(operations == 15)
    }

    @Test("each string's maxLength, each list's maxItems and each number's range hold at their boundary", arguments: requests)
    func limitsHoldAtTheirBoundaries(_ request: (schema: String, path: String, base: [String: String])) async throws {
        let harness = try await Self.harness()
        let schema = try #require(try await Self.schemas(harness)[request.schema])
        let properties = try #require(schema["properties"] as? [String: [String: Any]])
        var probed = 0
        for (name, property) in properties.sorted(by: { $0.key < $1.key }) {
            let items = property["items"] as? [String: Any]
            var cases: [(value: Any, accepted: Bool, what: String)] = []
            let character = Self.probeCharacter[name] ?? "가"
            if let length = property["maxLength"] as? Int {
                cases += [(String(repeating: character, count: length), true, "maxLength"), (String(repeating: character, count: length + 1), false, "maxLength + 1")]
            }
            if let length = items?["maxLength"] as? Int {
                cases += [([String(repeating: "가", count: length)], true, "items.maxLength"), ([String(repeating: "가", count: length + 1)], false, "items.maxLength + 1")]
            }
            if let count = property["maxItems"] as? Int {
                cases += [(Array(repeating: "가", count: count), true, "maxItems"), (Array(repeating: "가", count: count + 1), false, "maxItems + 1")]
            }
            if let maximum = property["maximum"] as? Int, let minimum = property["minimum"] as? Int {
                cases += [(maximum, true, "maximum"), (maximum + 1, false, "maximum + 1"), (minimum, true, "minimum"), (minimum - 1, false, "minimum - 1")]
            }
            for probe in cases {
                var body = Self.probeBase(request.base, for: name)
                body[name] = probe.value
                let answer = try await Self.post(harness, request.path, body)
                if probe.accepted {
                    #expect(answer.status < 300, "\(request.schema).\(name) at its \(probe.what): \(answer)")
                } else {
                    #expect(answer.status == 400 && answer.field == name, "\(request.schema).\(name) at its \(probe.what): \(answer)")
                }
                probed += 1
            }
        }
        #expect(probed >= 16)
    }

    static let probeCharacters: [UInt32] = [
        0x00, 0x08, 0x09, 0x0A, 0x0B, 0x0D, 0x1F, 0x20, 0x7E, 0x7F, 0x80, 0x85, 0x9F, 0xA0, 0xAC00, 0xFDCF, 0xFDD0, 0xFDEF, 0xFDF0,
        0xFFFD, 0xFFFE, 0xFFFF,
    ]

    @Test("each string's pattern refuses exactly the characters the API refuses", arguments: requests)
    func patternsMatchTheRefusedCharacters(_ request: (schema: String, path: String, base: [String: String])) async throws {
        let harness = try await Self.harness()
        let schema = try #require(try await Self.schemas(harness)[request.schema])
        let properties = try #require(schema["properties"] as? [String: [String: Any]])
        var probed = 0
        for (name, property) in properties.sorted(by: { $0.key < $1.key }) {
            let items = property["items"] as? [String: Any]
            guard let pattern = (property["pattern"] ?? items?["pattern"]) as? String else { continue }
            let expression = try NSRegularExpression(pattern: pattern)
            for code in Self.probeCharacters {
                let text = "과" + String(Character(try #require(Unicode.Scalar(code)))) + "학"
                let matches = expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
                var body = Self.probeBase(request.base, for: name)
                body[name] = items == nil ? text : [text]
                let answer = try await Self.post(harness, request.path, body)
                let refused = answer.status == 400 && answer.field == name
                #expect(refused == !matches, "\(request.schema).\(name) with U+\(String(code, radix: 16)): pattern matches \(matches), API answered \(answer)")
                probed += 1
            }
        }
        #expect(probed >= 4 * Self.probeCharacters.count)
    }

    /// What a client generating requests from the document takes to be valid must be accepted, and what
    /// it takes to be wrong refused, naming a member: the rules that depend on the section and the
    /// 학년도 (a subject for the subject section, behavior's and career's byte limits in each year's
    /// rules, part 1's record only for part 2 of a 공통과목 in a year whose parts share a limit), read
    /// from the document by `SchemaSubset` on every combination of the values the document names.
    @Test("the section's and year's conditions are the API's", arguments: requests)
    func conditionsMatchTheAPI(_ request: (schema: String, path: String, base: [String: String])) async throws {
        let harness = try await Self.harness()
        let schema = try #require(try await Self.schemas(harness)[request.schema])
        let properties = try #require(schema["properties"] as? [String: [String: Any]])
        let sections = try #require((try await Self.schemas(harness)["SectionId"])?["enum"] as? [String])
        let years = try #require(properties["ruleYear"]?["enum"] as? [Any]).compactMap { $0 as? Int }
        let maxima = SchemaSubset.values(of: "maximum", in: schema).compactMap { $0 as? Int }
        #expect(Set(maxima).isSuperset(of: [900, 1500, 2100]), "\(maxima)")
        let targets: [Int?] = [nil] + Set(maxima).sorted().flatMap { [$0, $0 + 1] }
        var probed = 0
        var disagreements: [String] = []
        for section in sections {
            for year in [nil] + years {
                for subject in [nil, "과학", "공통국어2", "공통국어1"] as [String?] {
                    for target in targets {
                        for part1 in [nil, "가나다"] as [String?] {
                            var body: [String: Any] = request.base.filter { $0.key != "subject" }
                            body["section"] = section
                            if let year { body["ruleYear"] = year }
                            if let subject { body["subject"] = subject }
                            if let target { body["targetBytes"] = target }
                            if let part1 { body["part1Text"] = part1 }
                            var valid = SchemaSubset.accepts(schema, body)
                            let answer = try await Self.post(harness, request.path, body)
                            let accepted = answer.status < 300
                            // What the document says in words: a target over what part 1 (가나다, 9 bytes)
                            // leaves of the 1500 both parts share is a 400 naming targetBytes.
                            if valid, part1 != nil, let target, target > 1500 - 9 {
                                valid = false
                                if answer.field != "targetBytes" { disagreements.append("\(body): expected targetBytes to be named, got \(answer)") }
                            }
                            if valid != accepted || (!accepted && (answer.status != 400 || answer.field == nil)) {
                                disagreements.append("\(body.filter { $0.key != "activities" && $0.key != "text" }): document \(valid), API \(answer)")
                            }
                            probed += 1
                        }
                    }
                }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.count) of \(probed):\n\(disagreements.prefix(20).joined(separator: "\n"))")
        #expect(probed >= 500)
    }

    /// Every optional member may be null, which is the member left out, and a required one may not.
    @Test("null members are the API's", arguments: requests)
    func nullsMatchTheAPI(_ request: (schema: String, path: String, base: [String: String])) async throws {
        let harness = try await Self.harness()
        let schema = try #require(try await Self.schemas(harness)[request.schema])
        let properties = try #require(schema["properties"] as? [String: [String: Any]])
        let required = Set(schema["required"] as? [String] ?? [])
        var probed = 0
        for (name, property) in properties.sorted(by: { $0.key < $1.key }) {
            let nullable = (property["type"] as? [String])?.contains("null") == true
            #expect(nullable == !required.contains(name), "\(request.schema).\(name): type \(property["type"] ?? "none")")
            // In a section with no condition of its own: there the subject section requires a subject.
            var body: [String: Any] = request.base.merging(["section": "club"]) { $1 }
            body[name] = NSNull()
            let answer = try await Self.post(harness, request.path, body)
            if nullable {
                #expect(answer.status < 300, "\(request.schema).\(name) null: \(answer)")
            } else {
                #expect(answer.status == 400, "\(request.schema).\(name) null: \(answer)")
            }
            probed += 1
        }
        #expect(probed >= 6)
    }

    /// A Last-Event-ID the document's pattern calls valid is one the API takes, and one it refuses is a
    /// 400: the pattern allowed every 20-digit number, the API only those up to UInt64.max. Ids are
    /// probed at or before the task's first event, where any stream may resume.
    @Test func theLastEventIDPatternIsTheAPIs() async throws {
        let harness = try await Self.harness()
        let document = await harness.call("GET", "/openapi.json", token: nil).json
        let events = try #require((document["paths"] as? [String: Any])?["/v1/tasks/{taskId}/events"] as? [String: Any])
        let header = try #require((events["parameters"] as? [[String: Any]])?.first { $0["name"] as? String == "Last-Event-ID" })
        let pattern = try #require((header["schema"] as? [String: Any])?["pattern"] as? String)
        let expression = try NSRegularExpression(pattern: pattern)
        func matches(_ id: String) -> Bool { expression.firstMatch(in: id, range: NSRange(id.startIndex..., in: id)) != nil }

        let token = try await APIHarness.token("a")
        let created = await harness.call("POST", "/v1/tasks", body: APIHarness.valid, token: token)
        let taskID = try #require(created.json["taskId"] as? String)
        let max = "\(UInt64.max)"
        for id in ["0-0", "00000000000000000000-0", "0-00000000000000000001", "1-0"] {
            #expect(matches(id), "\(id)")
            #expect(await harness.call("GET", "/v1/tasks/\(taskID)/events", token: token, headers: ["last-event-id": id]).status != 400, "\(id)")
        }
        for id in ["18446744073709551616-0", "0-18446744073709551616", "99999999999999999999-0", "000000000000000000001-0", "1-", "-1", "1-2-3", "1-0x"] {
            #expect(!matches(id), "\(id)")
            #expect(await harness.call("GET", "/v1/tasks/\(taskID)/events", token: token, headers: ["last-event-id": id]).status == 400, "\(id)")
        }
        // The largest ids themselves: valid by the pattern as by the API's parsing.
        #expect(matches("\(max)-\(max)") && matches("\(max)-0") && matches("1844674407370955161-9"))
        #expect(!matches("18446744073709551620-0") && !matches("18446744073709551700-0"))
    }
}

/// The part of JSON Schema the request bodies' conditions use: `type`, `const`, `enum`, `required`,
/// `properties`, `minimum`, `maximum`, `pattern`, `allOf` and `if`/`then`/`else`. What the document says
/// of a body, evaluated as a client generating requests from it would.
enum SchemaSubset {
    static func accepts(_ schema: [String: Any], _ value: Any?) -> Bool {
        if let types = schema["type"] {
            let names = (types as? [String]) ?? [(types as? String) ?? ""]
            guard names.contains(where: { matchesType($0, value) }) else { return false }
        }
        if let constant = schema["const"], !equal(constant, value) { return false }
        if let options = schema["enum"] as? [Any], !options.contains(where: { equal($0, value) }) { return false }
        if let number = value as? Int, !(value is Bool) {
            if let maximum = schema["maximum"] as? Int, number > maximum { return false }
            if let minimum = schema["minimum"] as? Int, number < minimum { return false }
        }
        if let text = value as? String, let pattern = schema["pattern"] as? String {
            guard let expression = try? NSRegularExpression(pattern: pattern),
                  expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
            else { return false }
        }
        if let object = value as? [String: Any] {
            for name in schema["required"] as? [String] ?? [] where object[name] == nil { return false }
            for (name, property) in schema["properties"] as? [String: [String: Any]] ?? [:] {
                if let member = object[name], !accepts(property, member) { return false }
            }
        }
        for part in schema["allOf"] as? [[String: Any]] ?? [] where !accepts(part, value) { return false }
        if let condition = schema["if"] as? [String: Any] {
            let branch = accepts(condition, value) ? schema["then"] : schema["else"]
            if let branch = branch as? [String: Any], !accepts(branch, value) { return false }
        }
        return true
    }

    /// Every value of `keyword` anywhere in the schema.
    static func values(of keyword: String, in schema: Any) -> [Any] {
        if let object = schema as? [String: Any] {
            return (object[keyword].map { [$0] } ?? []) + object.values.flatMap { values(of: keyword, in: $0) }
        }
        if let array = schema as? [Any] { return array.flatMap { values(of: keyword, in: $0) } }
        return []
    }

    private static func matchesType(_ type: String, _ value: Any?) -> Bool {
        switch type {
        case "null": value == nil || value is NSNull
        case "string": value is String
        case "integer": (value as? Int) != nil && !(value is Bool)
        case "boolean": value is Bool
        case "array": value is [Any]
        case "object": value is [String: Any]
        default: true
        }
    }

    private static func equal(_ left: Any, _ right: Any?) -> Bool {
        switch (left, right) {
        case (is NSNull, nil), (is NSNull, is NSNull): true
        case (let a as Int, let b as Int): a == b
        case (let a as String, let b as String): a == b
        default: false
        }
    }
}
