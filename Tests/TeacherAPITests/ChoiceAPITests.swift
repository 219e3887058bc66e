import Foundation
import Rosters
import TaskStore
import TeacherAPI
import Testing

/// `PUT /v1/tasks/<id>/choice`: the teacher's pick, checked as `/v1/check` checks a text, shown with
/// the task and the batch, and what the export writes.
@Suite("Choosing a version")
struct ChoiceAPITests {
    static let report = #"{"byteProfile":"official","bytes":27,"passes":true,"safeBytes":27,"targetBytes":900,"violations":[]}"#

    static func complete(_ harness: APIHarness, _ id: String, version: Int, text: String) async throws {
        try await harness.store.updateVersion(taskID: id, version: version, VersionUpdate(
            status: .completed, text: text, bytes: text.utf8.count, reportJSON: report))
    }

    static func put(_ harness: APIHarness, _ id: String, _ body: String, token: String) async -> (status: Int, json: [String: Any], headers: [String: String]) {
        await harness.call("PUT", "/v1/tasks/\(id)/choice", body: body, token: token)
    }

    @Test func aPickedVersionIsStoredFinalAndShownWithTheTask() async throws {
        let harness = try await APIHarness()
        let token = try await APIHarness.token("a")
        let id = try #require(await harness.call("POST", "/v1/tasks", body: APIHarness.valid, token: token).json["taskId"] as? String)
        try await Self.complete(harness, id, version: 2, text: "전지 실험을 설계하고 결과를 발표함.")

        let chosen = await Self.put(harness, id, #"{"version":2,"final":true}"#, token: token)
        #expect(chosen.status == 200)
        #expect(chosen.json["version"] as? Int == 2)
        #expect(chosen.json["text"] as? String == "전지 실험을 설계하고 결과를 발표함.")
        #expect(chosen.json["edited"] as? Bool == false)
        #expect(chosen.json["final"] as? Bool == true)
        #expect(chosen.json["bytes"] as? Int == 50)

        let task = await harness.call("GET", "/v1/tasks/\(id)", token: token).json
        let shown = try #require(task["choice"] as? [String: Any])
        #expect(shown["version"] as? Int == 2 && shown["final"] as? Bool == true && shown["edited"] as? Bool == false)
        #expect((shown["report"] as? [String: Any])?["bytes"] as? Int == 50)
    }

    @Test func anEditedTextIsCheckedAgainstTheTasksRulesAndKeptEvenOverTheLimit() async throws {
        let harness = try await APIHarness()
        let token = try await APIHarness.token("a")
        let id = try #require(await harness.call("POST", "/v1/tasks", body: APIHarness.valid, token: token).json["taskId"] as? String)
        try await Self.complete(harness, id, version: 1, text: "전지 실험을 설계함. 결과를 발표함.")

        // The task's target is 900 bytes: an edit of 1,200 is kept, and its report says it is over.
        let long = String(repeating: "전지 실험을 설계하여 결과를 발표함. ", count: 26)
        let edited = "토익 900점을 받았으며 " + long
        let body = String(decoding: try JSONSerialization.data(withJSONObject: ["version": 1, "text": edited]), as: UTF8.self)
        let chosen = await Self.put(harness, id, body, token: token)
        #expect(chosen.status == 200)
        #expect(chosen.json["edited"] as? Bool == true)
        #expect(chosen.json["final"] as? Bool == false)
        #expect(chosen.json["passes"] as? Bool == false)
        #expect(try #require(chosen.json["bytes"] as? Int) > 900)
        let violations = try #require((chosen.json["report"] as? [String: Any])?["violations"] as? [[String: Any]])
        let categories = Set(violations.compactMap { $0["category"] as? String })
        #expect(categories.isSuperset(of: ["byte_limit", "language_test"]), "\(categories.sorted())")

        let stored = try #require(try await harness.store.choice(taskID: id))
        #expect(stored.text == edited && stored.edited)
        // The same text through /v1/check with the task's settings gives the same findings.
        let checkBody = String(decoding: try JSONSerialization.data(withJSONObject: [
            "text": edited, "section": "subject", "subject": "과학", "targetBytes": 900, "notes": "전지 실험을 설계함.\n\n결과를 발표함.",
        ]), as: UTF8.self)
        let checked = await harness.call("POST", "/v1/check", body: checkBody, token: token).json
        #expect((checked["violations"] as? [[String: Any]])?.count == violations.count)
    }

    @Test func badChoicesNameTheirFieldAndAnotherTeachersTaskIsNotFound() async throws {
        let harness = try await APIHarness()
        let token = try await APIHarness.token("a")
        let id = try #require(await harness.call("POST", "/v1/tasks", body: APIHarness.valid, token: token).json["taskId"] as? String)
        try await Self.complete(harness, id, version: 1, text: "전지 실험을 설계함.")
        try await harness.store.updateVersion(taskID: id, version: 2, VersionUpdate(status: .failed, failureReason: "refine failed"))

        for (body, field) in [
            (#"{"version":4}"#, "version"), (#"{"version":0}"#, "version"), (#"{"version":1.5}"#, "version"), (#"{"final":true}"#, "version"),
            (#"{"version":1,"text":"  "}"#, "text"), (#"{"version":1,"text":3}"#, "text"), (#"{"version":1,"final":"yes"}"#, "final"),
            (#"{"version":1,"note":"x"}"#, "note"),
        ] {
            let answer = await Self.put(harness, id, body, token: token)
            #expect(answer.status == 400, "\(body)")
            #expect((answer.json["error"] as? [String: Any])?["field"] as? String == field, "\(body): \(answer.json)")
        }
        let failed = await Self.put(harness, id, #"{"version":2}"#, token: token)
        #expect(failed.status == 409)
        #expect(((failed.json["error"] as? [String: Any])?["message"] as? String)?.contains("version 2 failed (refine failed)") == true)
        let pending = await Self.put(harness, id, #"{"version":3}"#, token: token)
        #expect(pending.status == 409)
        #expect(((pending.json["error"] as? [String: Any])?["message"] as? String)?.contains("not completed yet") == true)

        #expect(await harness.call("PUT", "/v1/tasks/\(id)/choice", body: #"{"version":1}"#, token: token, contentType: "text/plain").status == 415)
        #expect(await harness.call("GET", "/v1/tasks/\(id)/choice", token: token).status == 405)
        let other = try await APIHarness.token("other")
        #expect(await Self.put(harness, id, #"{"version":1}"#, token: other).status == 404)
        #expect(try await harness.store.choice(taskID: id) == nil)

        #expect(await harness.call("DELETE", "/v1/tasks/\(id)", token: token).status == 204)
        #expect(await Self.put(harness, id, #"{"version":1}"#, token: token).status == 404)
    }

    @Test func theBatchShowsChoicesFlagsNearlyIdenticalDraftsAndExportsTheChosenText() async throws {
        let harness = try await APIHarness()
        let token = try await APIHarness.token("a")
        let created = await harness.call("POST", "/v1/batches", body: APIHarness.batch(3), token: token)
        let batchID = try #require(created.json["batchId"] as? String)
        let ids = try #require(created.json["tasks"] as? [[String: Any]]).compactMap { $0["taskId"] as? String }

        // One draft alone is compared with nothing.
        try await Self.complete(harness, ids[0], version: 1, text: Drafts.battery)
        #expect(await harness.call("GET", "/v1/batches/\(batchID)", token: token).json["sameness"] == nil)

        try await Self.complete(harness, ids[1], version: 1, text: Drafts.batteryReworded)
        try await Self.complete(harness, ids[1], version: 2, text: Drafts.earthquake)
        try await Self.complete(harness, ids[2], version: 1, text: Drafts.photosynthesis)
        let copied = try #require(await harness.call("GET", "/v1/batches/\(batchID)", token: token).json["sameness"] as? [String: Any])
        #expect(copied["compared"] as? Int == 3)
        #expect(copied["flagged"] as? Int == 1)
        let pairs = try #require(copied["pairs"] as? [[String: Any]])
        #expect(pairs.first?["numbers"] as? [Int] == [1, 2])
        #expect(try #require(pairs.first?["score"] as? Double) >= 0.45)
        // The next-most-different version is offered: student 2's second, unrelated to student 1's draft.
        let alternative = try #require(pairs.first?["alternative"] as? [String: Any])
        #expect(alternative["number"] as? Int == 2 && alternative["version"] as? Int == 2 && alternative["taskId"] as? String == ids[1])
        #expect(alternative["clears"] as? Bool == true)
        #expect(try #require(alternative["score"] as? Double) < 0.45)

        // Student 2's teacher picks the second version and edits it: the pair is no longer alike.
        let edited = Drafts.earthquake + " 토익 900점을 받음."
        let body = String(decoding: try JSONSerialization.data(withJSONObject: ["version": 2, "text": edited, "final": true]), as: UTF8.self)
        #expect(await Self.put(harness, ids[1], body, token: token).status == 200)
        let view = await harness.call("GET", "/v1/batches/\(batchID)", token: token).json
        let sameness = try #require(view["sameness"] as? [String: Any])
        #expect(sameness["flagged"] as? Int == 0)
        #expect((sameness["pairs"] as? [Any])?.isEmpty == true)
        let students = try #require(view["students"] as? [[String: Any]])
        let choice = try #require(students[1]["choice"] as? [String: Any])
        #expect(choice["version"] as? Int == 2 && choice["edited"] as? Bool == true && choice["final"] as? Bool == true)
        #expect(choice["passes"] as? Bool == false)
        #expect(students[0]["choice"] == nil)

        let xlsx = await harness.raw("GET", "/v1/batches/\(batchID)/export", query: "format=xlsx", token: token)
        let sheet = try XLSXReader.cells(APIHarness.bytes(xlsx))
        #expect(sheet[1][2...3] == ["1", Drafts.battery])
        #expect(sheet[2][2...3] == ["2", edited])
        #expect(sheet[2][4] == String(try #require(choice["bytes"] as? Int)))
        #expect(sheet[2][5].contains("language_test"), "\(sheet[2][5])")
    }
}
