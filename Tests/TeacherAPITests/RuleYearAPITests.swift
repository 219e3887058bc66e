import Foundation
import TeacherAPI
import Testing

/// `ruleYear` and the part-1 record of a 공통과목 through every door: a task, the checker, a JSON batch,
/// a spreadsheet batch and the sections list. What each request stores is what the stages draft to.
@Suite("Rule years and 공통과목 budgets in the API")
struct RuleYearAPITests {
    static let notes = "전지 실험을 설계함.\n\n결과를 발표함."

    static func body(_ members: [String: Any]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: members), as: UTF8.self)
    }

    /// The request a task stored, as the stages read it.
    static func storedRequest(_ harness: APIHarness, _ taskID: String) async throws -> [String: Any] {
        let task = try #require(try await harness.store.task(id: taskID))
        return try #require(try JSONSerialization.jsonObject(with: Data(task.requestJSON.utf8)) as? [String: Any])
    }

    @Test func aTaskKeepsItsYearAndPartOneForTheStages() async throws {
        let harness = try await APIHarness()
        let token = try await APIHarness.token("a")
        let part1 = String(repeating: "가", count: 200)
        let created = await harness.call("POST", "/v1/tasks", body: try Self.body([
            "section": "subject", "subject": "공통국어2", "activities": Self.notes, "ruleYear": 2026, "part1Text": part1,
        ]), token: token)
        #expect(created.status == 202, "\(created.json)")
        let stored = try await Self.storedRequest(harness, try #require(created.json["taskId"] as? String))
        #expect(stored["ruleYear"] as? Int == 2026)
        #expect(stored["part1Text"] as? String == part1)

        let behavior = await harness.call("POST", "/v1/tasks", body: try Self.body([
            "section": "behavior", "activities": Self.notes, "ruleYear": 2025, "targetBytes": 1500,
        ]), token: token)
        #expect(behavior.status == 202, "\(behavior.json)")
    }

    static let part1Over = String(repeating: "가", count: 501)
    static let part1Long = String(repeating: "가", count: 400)

    @Test(arguments: [
        (#"{"section":"club","ruleYear":2024"#, "ruleYear", "there are no rules for 학년도 2024"),
        (#"{"section":"behavior","targetBytes":1000"#, "targetBytes", "limit of 900 bytes"),
        (#"{"section":"career","ruleYear":2025,"targetBytes":2101"#, "targetBytes", "2100 bytes in the 2025 rules"),
        (#"{"section":"subject","subject":"공통국어2","part1Text":"\#(part1Over)""#, "part1Text", "nothing remains for 공통국어2"),
        (#"{"section":"subject","subject":"과학","part1Text":"가""#, "part1Text", "is not a 공통과목"),
        (#"{"section":"subject","subject":"공통국어1","part1Text":"가""#, "part1Text", "is part 1 itself"),
        (#"{"section":"subject","subject":"공통국어2","ruleYear":2025,"part1Text":"가""#, "part1Text", "the 2025 rules give each part"),
        (#"{"section":"subject","subject":"공통국어2","part1Text":"\#(part1Long)","targetBytes":301"#, "targetBytes", "above the 300 bytes left"),
        (#"{"section":"subject","subject":"공통국어2","ruleYear":"2026""#, "ruleYear", "ruleYear must be a whole number"),
        (#"{"section":"subject","subject":"공통국어2","part1Text":5"#, "part1Text", "part1Text must be a string"),
    ])
    func aRequestOutsideItsBudgetIsRefusedNamingTheField(_ example: (String, String, String)) async throws {
        let harness = try await APIHarness()
        let token = try await APIHarness.token("a")
        for (path, rest) in [("/v1/tasks", #","activities":"전지 실험을 설계함."}"#), ("/v1/check", #","text":"전지 실험을 설계함."}"#)] {
            let answer = await harness.call("POST", path, body: example.0 + rest, token: token)
            let error = answer.json["error"] as? [String: Any]
            #expect(answer.status == 400, "\(path) \(example.0): \(answer.json)")
            #expect(error?["field"] as? String == example.1, "\(path): \(answer.json)")
            #expect((error?["message"] as? String ?? "").contains(example.2), "\(path): \(answer.json)")
        }
    }

    @Test func theCheckerReportsTheYearAndWhatPartOneLeaves() async throws {
        let harness = try await APIHarness()
        let token = try await APIHarness.token("a")
        let answer = await harness.call("POST", "/v1/check", body: try Self.body([
            "text": "전지 실험을 설계함.", "section": "subject", "subject": "통합과학 2", "part1Text": String(repeating: "가", count: 100),
        ]), token: token)
        #expect(answer.status == 200, "\(answer.json)")
        #expect(answer.json["ruleYear"] as? Int == 2026)
        #expect(answer.json["limitBytes"] as? Int == 1500)
        #expect(answer.json["part1Bytes"] as? Int == 300)
        #expect(answer.json["targetBytes"] as? Int == 1200)

        let old = await harness.call("POST", "/v1/check", body: try Self.body([
            "text": "전지 실험을 설계함.", "section": "career", "ruleYear": 2025,
        ]), token: token)
        #expect(old.json["ruleYear"] as? Int == 2025)
        #expect(old.json["targetBytes"] as? Int == 2100)
        #expect(old.json["part1Bytes"] == nil)
    }

    @Test func sectionsListTheLimitsOfTheAskedYear() async throws {
        let harness = try await APIHarness()
        let token = try await APIHarness.token("a")
        let current = await harness.call("GET", "/v1/sections", token: token)
        #expect(current.json["ruleYear"] as? Int == 2026)
        #expect(current.json["ruleYears"] as? [Int] == [2025, 2026])
        #expect((current.json["combinedSubjects"] as? [String: Any])?["byteLimit"] as? Int == 1500)
        let old = await harness.raw("GET", "/v1/sections", query: "ruleYear=2025", token: token)
        let json = APIHarness.json(old)
        let sections = try #require(json["sections"] as? [[String: Any]])
        #expect(sections.first { $0["id"] as? String == "career" }?["byteLimit"] as? Int == 2100)
        #expect(sections.first { $0["id"] as? String == "behavior" }?["maxCharacters"] as? Int == 500)
        #expect(json["combinedSubjects"] == nil)
        let unknown = await harness.raw("GET", "/v1/sections", query: "ruleYear=2030", token: token)
        #expect(unknown.statusCode == 400 && APIHarness.error(unknown).field == "ruleYear")
    }

    @Test func aJSONBatchTakesAYearAndEachStudentsPartOne() async throws {
        let harness = try await APIHarness()
        let token = try await APIHarness.token("a")
        let students: [[String: Any]] = [
            ["number": 1, "name": "김민지", "activities": Self.notes, "part1Text": String(repeating: "가", count: 300)],
            ["number": 2, "activities": Self.notes],
        ]
        let created = await harness.call("POST", "/v1/batches", body: try Self.body([
            "section": "subject", "subject": "공통수학2", "ruleYear": 2026, "students": students,
        ]), token: token)
        #expect(created.status == 202, "\(created.json)")
        let tasks = try #require(created.json["tasks"] as? [[String: Any]])
        let first = try await Self.storedRequest(harness, try #require(tasks[0]["taskId"] as? String))
        let second = try await Self.storedRequest(harness, try #require(tasks[1]["taskId"] as? String))
        #expect(first["part1Text"] as? String == String(repeating: "가", count: 300))
        #expect(second["part1Text"] == nil)
        #expect(first["ruleYear"] as? Int == 2026)
        let batch = await harness.call("GET", "/v1/batches/\(try #require(created.json["batchId"] as? String))", token: token)
        #expect(batch.json["ruleYear"] as? Int == 2026)

        // One student's part 1 leaving nothing names that student.
        var over = students
        over[1]["part1Text"] = String(repeating: "나", count: 500)
        let refused = await harness.call("POST", "/v1/batches", body: try Self.body([
            "section": "subject", "subject": "공통수학2", "students": over,
        ]), token: token)
        #expect(refused.status == 400)
        #expect((refused.json["error"] as? [String: Any])?["field"] as? String == "students[1].part1Text", "\(refused.json)")
        let year = await harness.call("POST", "/v1/batches", body: try Self.body([
            "section": "club", "ruleYear": 1999, "students": [students[1]],
        ]), token: token)
        #expect((year.json["error"] as? [String: Any])?["field"] as? String == "ruleYear", "\(year.json)")
    }

    @Test func aSpreadsheetBatchTakesTheYearInTheQueryAndPartOneInAColumn() async throws {
        let harness = try await APIHarness()
        let token = try await APIHarness.token("a")
        let csv = "번호,이름,메모,1학기 세특\r\n1,김민지,전지 실험을 설계함.,\(String(repeating: "가", count: 100))\r\n2,이준호,결과를 발표함.,\r\n"
        let created = await harness.raw(
            "POST", "/v1/batches", query: "section=subject&subject=%EA%B3%B5%ED%86%B5%EC%98%81%EC%96%B42&ruleYear=2026", body: Array(csv.utf8),
            contentType: "text/csv", token: token)
        #expect(created.statusCode == 202, "\(created.body ?? "")")
        let tasks = try #require(APIHarness.json(created)["tasks"] as? [[String: Any]])
        let first = try await Self.storedRequest(harness, try #require(tasks[0]["taskId"] as? String))
        #expect(first["subject"] as? String == "공통영어2")
        #expect(first["part1Text"] as? String == String(repeating: "가", count: 100))
        #expect(try await Self.storedRequest(harness, try #require(tasks[1]["taskId"] as? String))["part1Text"] == nil)

        // The 2025 rules give each part its own limit: a part-1 column is refused, naming the row.
        let old = await harness.raw(
            "POST", "/v1/batches", query: "section=subject&subject=%EA%B3%B5%ED%86%B5%EC%98%81%EC%96%B42&ruleYear=2025", body: Array(csv.utf8),
            contentType: "text/csv", token: token)
        #expect(old.statusCode == 400)
        #expect(APIHarness.error(old).field == "row 2.part1Text", "\(old.body ?? "")")
        let badYear = await harness.raw(
            "POST", "/v1/batches", query: "section=club&ruleYear=twenty", body: Array("번호,메모\n1,발표함.\n".utf8), contentType: "text/csv", token: token)
        #expect(badYear.statusCode == 400 && APIHarness.error(badYear).field == "ruleYear")
    }
}
