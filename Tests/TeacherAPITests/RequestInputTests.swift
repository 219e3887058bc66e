import Foundation
import TaskStore
import Testing

/// Every bad input gets a 4xx with a JSON error naming what is wrong and where; each case is next to
/// one the API accepts, so a rule that stops refusing (or starts refusing good input) fails here.
@Suite("Request input")
struct RequestInputTests {
    typealias Answer = (status: Int, json: [String: Any], headers: [String: String])

    static func error(_ answer: Answer) -> (field: String?, message: String) {
        let error = answer.json["error"] as? [String: Any]
        return (error?["field"] as? String, error?["message"] as? String ?? "")
    }

    /// Expects a 400 naming `field`, with every word of `mentioning` in its message.
    static func expectRefused(
        _ answer: Answer, field: String, mentioning: [String] = [], status: Int = 400, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let (named, message) = error(answer)
        #expect(answer.status == status, "\(answer.json)", sourceLocation: sourceLocation)
        #expect(named == field, "\(message)", sourceLocation: sourceLocation)
        for word in mentioning {
            #expect(message.contains(word), "\(message) does not mention \(word)", sourceLocation: sourceLocation)
        }
    }

    static let task = #"{"section":"club","activities":"전지 실험을 설계함."#

    // MARK: UTF-8

    static let notUTF8: [(String, [UInt8])] = [
        ("a byte that starts nothing", [0xFF]),
        ("a cut-off sequence", [0xEC, 0x95]),
        ("an overlong slash", [0xC0, 0xAF]),
        ("an encoded surrogate", [0xED, 0xA0, 0x80]),
        ("beyond U+10FFFF", [0xF4, 0x90, 0x80, 0x80]),
        ("a lone continuation byte", [0x80]),
    ]

    @Test("bytes that are not UTF-8 are refused naming the field", arguments: notUTF8)
    func notUTF8IsRefused(_ example: (String, [UInt8])) async throws {
        let harness = try await APIHarness()
        let token = try await APIHarness.token("a")
        let before = Array(#"{"section":"club","activities":"전지 "#.utf8)
        let body = before + example.1 + Array(#" 실험을 설계함."}"#.utf8)
        let refused = await harness.call("POST", "/v1/tasks", bytes: body, token: token)
        Self.expectRefused(refused, field: "activities", mentioning: ["UTF-8", "byte \(before.count) "])
        #expect(await harness.queues.take(APIHarness.draftQueue).isEmpty)
        // The same bytes in valid UTF-8, sent the same way, are a task.
        let valid = Array(#"{"section":"club","activities":"전지 실험을 설계함."}"#.utf8)
        #expect(await harness.call("POST", "/v1/tasks", bytes: valid, token: token).status == 202)
    }

    // MARK: characters

    static let refusedCharacters: [(String, String, String, String)] = [
        ("/v1/tasks", #"{"section":"club","activities":"전지\u0000실험을 설계함."}"#, "activities", "U+0000"),
        ("/v1/tasks", #"{"section":"club","activities":"전지\u001b[31m실험을 설계함."}"#, "activities", "U+001B"),
        ("/v1/tasks", #"{"section":"club","activities":"전지\u007f실험을 설계함."}"#, "activities", "U+007F"),
        ("/v1/tasks", "{\"section\":\"club\",\"activities\":\"전지\u{85}실험을 설계함.\"}", "activities", "U+0085"),
        ("/v1/tasks", #"{"section":"club","activities":"전지\ufdd0실험을 설계함."}"#, "activities", "U+FDD0"),
        ("/v1/tasks", #"{"section":"club","activities":"전지\uffff실험을 설계함."}"#, "activities", "U+FFFF"),
        ("/v1/tasks", #"{"section":"club","activities":"전지\udbff\udfff실험을 설계함."}"#, "activities", "U+10FFFF"),
        ("/v1/tasks", #"{"section":"subject","subject":"과학\n","activities":"전지 실험을 설계함."}"#, "subject", "U+000A"),
        ("/v1/tasks", #"{"section":"subject","subject":"과\t학","activities":"전지 실험을 설계함."}"#, "subject", "U+0009"),
        ("/v1/tasks", #"{"section":"club\u0000","activities":"전지 실험을 설계함."}"#, "section", "U+0000"),
        ("/v1/tasks", #"{"section":"club","activities":"전지 실험을 설계함.","extraForbiddenTerms":["한빛고","한빛\u0007"]}"#, "extraForbiddenTerms", "item 2"),
        ("/v1/tasks", #"{"section":"club","activities":"전지 실험을 설계함.","studentNames":["민지\u0085"]}"#, "studentNames", "U+0085"),
        ("/v1/check", #"{"text":"설계함.\u0008","section":"club"}"#, "text", "U+0008"),
        ("/v1/check", #"{"text":"설계함.","section":"club","notes":"메모\u000c"}"#, "notes", "U+000C"),
    ]

    @Test("control characters and noncharacters are refused naming the field", arguments: refusedCharacters)
    func refusedCharactersAreNamed(_ example: (String, String, String, String)) async throws {
        let harness = try await APIHarness()
        let refused = await harness.call("POST", example.0, body: example.1, token: try await APIHarness.token("a"))
        Self.expectRefused(refused, field: example.2, mentioning: [example.3])
    }

    @Test func lineBreaksAndTabsAreTextAndThePositionIsNamed() async throws {
        let harness = try await APIHarness()
        let token = try await APIHarness.token("a")
        let text = #"{"section":"club","activities":"전지 실험을\t설계함.\r\n\r\n결과를 발표함.\n"}"#
        #expect(await harness.call("POST", "/v1/tasks", body: text, token: token).status == 202)
        let positioned = await harness.call("POST", "/v1/check", body: #"{"text":"가나\u0001","section":"club"}"#, token: token)
        Self.expectRefused(positioned, field: "text", mentioning: ["character 3", "U+0001"])
    }

    // MARK: lengths

    @Test func theSubjectIsCapped() async throws {
        let harness = try await APIHarness()
        let token = try await APIHarness.token("a")
        func body(_ subject: String) -> String { #"{"section":"subject","subject":"\#(subject)","activities":"전지 실험을 설계함."}"# }
        #expect(await harness.call("POST", "/v1/tasks", body: body(String(repeating: "과", count: 50)), token: token).status == 202)
        let refused = await harness.call("POST", "/v1/tasks", body: body(String(repeating: "과", count: 51)), token: token)
        Self.expectRefused(refused, field: "subject", mentioning: ["50"])
        let checked = await harness.call(
            "POST", "/v1/check", body: #"{"text":"설계함.","section":"club","subject":"\#(String(repeating: "과", count: 51))"}"#, token: token)
        Self.expectRefused(checked, field: "subject")
    }

    @Test func anUnknownSectionIsNotEchoedAtLength() async throws {
        let harness = try await APIHarness()
        let refused = await harness.call(
            "POST", "/v1/tasks", body: #"{"section":"\#(String(repeating: "x", count: 100_000))","activities":"메모"}"#,
            token: try await APIHarness.token("a"))
        Self.expectRefused(refused, field: "section")
        #expect(Self.error(refused).message.count < 300)
    }

    // MARK: numbers

    static let outOfRange = ["99999999999999999999", "-99999999999999999999", "1e400", "1e20", "9007199254740993"]

    @Test("a number out of range names its field", arguments: outOfRange)
    func outOfRangeNumbersNameTheirField(_ number: String) async throws {
        let harness = try await APIHarness()
        let token = try await APIHarness.token("a")
        let refused = await harness.call("POST", "/v1/tasks", body: Self.task + #"","targetBytes":\#(number)}"#, token: token)
        Self.expectRefused(refused, field: "targetBytes", mentioning: ["out of range"])
        let checked = await harness.call("POST", "/v1/check", body: #"{"text":"설계함.","section":"club","targetBytes":\#(number)}"#, token: token)
        Self.expectRefused(checked, field: "targetBytes")
    }

    @Test func wholeNumbersMayBeWrittenAnyWayJSONAllows() async throws {
        let harness = try await APIHarness()
        let token = try await APIHarness.token("a")
        for number in ["900", "900.0", "9e2", "9.0E+2"] {
            #expect(await harness.call("POST", "/v1/tasks", body: Self.task + #"","targetBytes":\#(number)}"#, token: token).status == 202, "\(number)")
        }
        Self.expectRefused(
            await harness.call("POST", "/v1/tasks", body: Self.task + #"","targetBytes":900.5}"#, token: token), field: "targetBytes",
            mentioning: ["whole number"])
        Self.expectRefused(
            await harness.call("POST", "/v1/tasks", body: Self.task + #"","subject":1e400}"#, token: token), field: "subject",
            mentioning: ["a string"])
    }

    // MARK: JSON

    static let badJSON: [(String, String, [String])] = [
        (#"{"section":"club","section":"subject","activities":"메모"}"#, "section", ["more than once"]),
        // The same name written with an escape is the same name.
        (#"{"section":"club","\u0073ection":"subject","activities":"메모"}"#, "section", ["more than once"]),
        (#"{"section":"club","activities":"메모","extraForbiddenTerms":[{"a":1,"a":2}]}"#, "extraForbiddenTerms", ["\"a\"", "more than once"]),
        (#"{"section":"club","activities":"메모\ud800"}"#, "activities", ["surrogate"]),
        (#"{"section":"club","activities":"메모\udc00\ud800"}"#, "activities", ["surrogate"]),
        ("{\"section\":\"club\",\"activities\":\"메모\n\"}", "activities", ["U+000A", "unescaped"]),
        (#"{"section":"club","activities":"메모"} trailing"#, "body", ["the end of the body at byte \(#"{"section":"club","activities":"메모"}"#.utf8.count + 1)"]),
        (#"{"section":"club","activities":"메모",}"#, "body", ["valid JSON"]),
        (#"{"section":"club","activities":"메모\x"}"#, "body", ["escape"]),
        (#"{"section":"club","activities":"메모\u00zz"}"#, "body", ["hex"]),
        (#"{"section":"club","activities":"메모","targetBytes":012}"#, "body", ["valid JSON"]),
        (#"{"section":"club","activities":"메모","studentNames":[[[[[[[[["x"]]]]]]]]]}"#, "studentNames", ["deeper"]),
        ("{\"section\":\"club\",\"studentNames\":" + String(repeating: "[", count: 200_000) + "}", "studentNames", ["deeper"]),
        (String(repeating: "[", count: 200_000), "body", ["not a JSON object"]),
        (#"{"section":"club","activities":"메모","studentNames":["민지",3]}"#, "studentNames", ["item 2"]),
        (#"{"section":"club","activities":["메모"]}"#, "activities", ["a string"]),
    ]

    @Test("malformed JSON is refused saying what and where", arguments: badJSON)
    func malformedJSONIsNamed(_ example: (String, String, [String])) async throws {
        let harness = try await APIHarness()
        let refused = await harness.call("POST", "/v1/tasks", body: example.0, token: try await APIHarness.token("a"))
        Self.expectRefused(refused, field: example.1, mentioning: example.2)
        #expect(await harness.queues.take(APIHarness.draftQueue).isEmpty)
    }

    @Test func aByteOrderMarkAndEscapedTextAreAccepted() async throws {
        let harness = try await APIHarness()
        let token = try await APIHarness.token("a")
        let escaped = #"{"section":"club","activities":"\uC804\uC9C0 \"실험\"을 설계함 \ud83d\ude00\/."}"#
        #expect(await harness.call("POST", "/v1/tasks", body: "\u{FEFF}" + escaped, token: token).status == 202)
    }

    // MARK: content types

    static let refusedTypes: [String?] = [nil, "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                                          "application/json-seq", "application/json; charset=iso-8859-1"]

    @Test("JSON endpoints refuse other content types with 415", arguments: refusedTypes)
    func otherContentTypesAre415(_ type: String?) async throws {
        let harness = try await APIHarness()
        let token = try await APIHarness.token("a")
        let task = await harness.call("POST", "/v1/tasks", body: APIHarness.valid, token: token, contentType: type)
        Self.expectRefused(task, field: "Content-Type", mentioning: ["application/json"], status: 415)
        #expect(await harness.queues.take(APIHarness.draftQueue).isEmpty)
        let check = await harness.call("POST", "/v1/check", body: #"{"text":"설계함.","section":"club"}"#, token: token, contentType: type)
        Self.expectRefused(check, field: "Content-Type", status: 415)
    }

    @Test func jsonWithUTF8CharsetInAnyCaseIsAccepted() async throws {
        let harness = try await APIHarness()
        let token = try await APIHarness.token("a")
        for type in ["application/json", "Application/JSON; charset=UTF-8", "application/json;charset=\"utf-8\""] {
            #expect(await harness.call("POST", "/v1/tasks", body: APIHarness.valid, token: token, contentType: type).status == 202, "\(type)")
        }
    }

    // MARK: Last-Event-ID

    static let badEventIDs = ["99999999999999999999-0", "18446744073709551616-0", "0-18446744073709551616", "+1-0", "1-", "١-0", "1-0-0", "1"]

    @Test("a Last-Event-ID that is no stream id is a 400 naming the header", arguments: badEventIDs)
    func badLastEventIDs(_ id: String) async throws {
        let harness = try await APIHarness()
        let token = try await APIHarness.token("a")
        let taskID = try #require(await harness.call("POST", "/v1/tasks", body: APIHarness.valid, token: token).json["taskId"] as? String)
        try await harness.store.setTaskStatus(id: taskID, .completed, failureReason: nil)
        let refused = await harness.call("GET", "/v1/tasks/\(taskID)/events", token: token, headers: ["last-event-id": id])
        Self.expectRefused(refused, field: "Last-Event-ID", mentioning: ["\(UInt64.max)"])
    }

    @Test func theLargestStreamIDIsWellFormedButPastEveryTasksEnd() async throws {
        let harness = try await APIHarness()
        let token = try await APIHarness.token("a")
        let taskID = try #require(await harness.call("POST", "/v1/tasks", body: APIHarness.valid, token: token).json["taskId"] as? String)
        _ = try await harness.store.appendEvent(taskID: taskID, TaskEvent(type: "completed", data: "{}"))
        try await harness.store.setTaskStatus(id: taskID, .completed, failureReason: nil)
        let largest = "\(UInt64.max)-\(UInt64.max)"
        let refused = await harness.call("GET", "/v1/tasks/\(taskID)/events", token: token, headers: ["last-event-id": largest])
        Self.expectRefused(refused, field: "Last-Event-ID", mentioning: ["past the task's last event"])
        #expect(await harness.call("GET", "/v1/tasks/\(taskID)/events", token: token, headers: ["last-event-id": "0-0"]).status == 200)
    }
}
