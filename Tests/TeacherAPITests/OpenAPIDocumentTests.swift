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
        #expect(operations == 13)
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
            if let length = property["maxLength"] as? Int {
                cases += [(String(repeating: "가", count: length), true, "maxLength"), (String(repeating: "가", count: length + 1), false, "maxLength + 1")]
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
                var body: [String: Any] = request.base
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
                var body: [String: Any] = request.base
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
    /// it takes to be wrong refused: the rules that depend on the section (a subject for the subject
    /// section, behavior's smaller byte limit) and null for an optional member, read from the document.
    @Test("the section's conditions and null members are the API's", arguments: requests)
    func conditionsAndNullsMatchTheAPI(_ request: (schema: String, path: String, base: [String: String])) async throws {
        let harness = try await Self.harness()
        let schema = try #require(try await Self.schemas(harness)[request.schema])
        let conditions = try #require(schema["allOf"] as? [[String: Any]])
        var probed = 0
        for condition in conditions {
            let section = try #require(
                (((condition["if"] as? [String: Any])?["properties"] as? [String: Any])?["section"] as? [String: Any])?["const"] as? String)
            let then = try #require(condition["then"] as? [String: Any])
            var base: [String: Any] = request.base
            base["section"] = section
            for name in then["required"] as? [String] ?? [] {
                var body = base
                body.removeValue(forKey: name)
                var answer = try await Self.post(harness, request.path, body)
                #expect(answer.status == 400 && answer.field == name, "\(section) without \(name): \(answer)")
                body[name] = " \t"
                answer = try await Self.post(harness, request.path, body)
                #expect(answer.status == 400 && answer.field == name, "\(section) with a blank \(name): \(answer)")
                probed += 2
            }
            for (name, property) in then["properties"] as? [String: [String: Any]] ?? [:] {
                guard let maximum = property["maximum"] as? Int else { continue }
                var body = base
                body[name] = maximum
                var answer = try await Self.post(harness, request.path, body)
                #expect(answer.status < 300, "\(section) with \(name) \(maximum): \(answer)")
                body[name] = maximum + 1
                answer = try await Self.post(harness, request.path, body)
                #expect(answer.status == 400 && answer.field == name, "\(section) with \(name) \(maximum + 1): \(answer)")
                probed += 2
            }
        }
        let properties = try #require(schema["properties"] as? [String: [String: Any]])
        let required = Set(schema["required"] as? [String] ?? [])
        for (name, property) in properties.sorted(by: { $0.key < $1.key }) {
            let nullable = (property["type"] as? [String])?.contains("null") == true
            // Every optional member may be null, and a required one may not.
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
        #expect(probed >= 10)
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
