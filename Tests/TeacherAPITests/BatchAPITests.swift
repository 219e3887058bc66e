import Foundation
import LambdaWire
import Pipeline
import Rosters
import TaskStore
import TeacherAPI
import TeacherAuth
import Testing

@Suite("Batches")
struct BatchAPITests {
    @Test func aBatchMakesOneTaskPerStudentInRosterOrderWithTheNameKeptOutOfTheNotes() async throws {
        let harness = try await APIHarness()
        let token = try await APIHarness.token("김교사")
        let created = await harness.call("POST", "/v1/batches", body: APIHarness.batch(5), token: token)
        #expect(created.status == 202)
        let batchID = try #require(created.json["batchId"] as? String)
        #expect(created.headers["location"] == "/v1/batches/\(batchID)")
        let tasks = try #require(created.json["tasks"] as? [[String: Any]])
        #expect(tasks.map { $0["number"] as? Int } == [1, 2, 3, 4, 5])
        for (index, entry) in tasks.enumerated() {
            let id = try #require(entry["taskId"] as? String)
            let task = try #require(try await harness.store.task(id: id))
            #expect(task.owner == Teacher(name: "김교사").key)
            let request = try TaskRequest.decode(stored: task.requestJSON)
            #expect(request.studentNames == ["김학생\(index + 1)"])
            #expect(request.section == "subject" && request.subject == "과학")
            #expect(try await harness.store.events(taskID: task.id, after: nil, limit: 5).map(\.type) == ["accepted"])
        }
        // The stages' fairness holds: three of the class now, the rest held with the fallback delay.
        let ids = tasks.compactMap { $0["taskId"] as? String }
        #expect(await harness.queues.take(APIHarness.draftQueue).count == StageFairness().tasksPerTeacher)
        #expect((await harness.queues.delayed[APIHarness.draftQueue] ?? []).count == ids.count - StageFairness().tasksPerTeacher)
    }

    @Test func aBatchCountsOnceAgainstTheInFlightLimit() async throws {
        let harness = try await APIHarness(limits: APILimits(requestsPerMinute: 1000, tasksInFlight: 2))
        let token = try await APIHarness.token("a")
        #expect(await harness.call("POST", "/v1/batches", body: APIHarness.batch(30), token: token).status == 202)
        #expect(await harness.call("POST", "/v1/tasks", body: APIHarness.valid, token: token).status == 202)
        let refused = await harness.call("POST", "/v1/batches", body: APIHarness.batch(2), token: token)
        #expect(refused.status == 429)
        #expect((refused.json["error"] as? [String: Any])?["code"] as? String == "too_many_tasks")
        #expect(await harness.call("POST", "/v1/tasks", body: APIHarness.valid, token: token).status == 429)
        // Another teacher is not held back by the first one's class.
        #expect(await harness.call("POST", "/v1/batches", body: APIHarness.batch(2), token: try await APIHarness.token("b")).status == 202)
    }

    @Test func aBatchStuckPastItsDeadlineIsSettledAndFreesItsPlace() async throws {
        let harness = try await APIHarness(limits: APILimits(requestsPerMinute: 1000, tasksInFlight: 1, taskDeadline: .seconds(3600)))
        let token = try await APIHarness.token("a")
        let created = await harness.call("POST", "/v1/batches", body: APIHarness.batch(3), token: token)
        let ids = try #require(created.json["tasks"] as? [[String: Any]]).compactMap { $0["taskId"] as? String }
        #expect(await harness.call("POST", "/v1/tasks", body: APIHarness.valid, token: token).status == 429)
        // Accepted long ago and never moved on (their draft messages were lost).
        for id in ids {
            var stuck = try #require(try await harness.store.task(id: id))
            stuck.createdAtMilliseconds = 0
            try await harness.store.createTask(stuck)
        }
        #expect(await harness.call("POST", "/v1/tasks", body: APIHarness.valid, token: token).status == 202)
        for id in ids { #expect(try await harness.store.task(id: id)?.status == .failed) }
    }

    @Test(arguments: [
        (#"{"section":"subject","subject":"과학","students":[]}"#, "students"),
        (#"{"section":"subject","subject":"과학"}"#, "students"),
        (#"{"section":"subject","subject":"과학","students":{}}"#, "students"),
        (#"{"section":"subject","subject":"과학","students":[1]}"#, "students"),
        (#"{"section":"subject","subject":"과학","students":[{"number":1,"activities":"실험함."},{"number":2}]}"#, "students[1].activities"),
        (#"{"section":"subject","subject":"과학","students":[{"number":1.5,"activities":"실험함."}]}"#, "students[0].number"),
        (#"{"section":"subject","subject":"과학","students":[{"number":0,"activities":"실험함."}]}"#, "students[0].number"),
        (#"{"section":"subject","subject":"과학","students":[{"number":1,"activities":"실험함.","grade":3}]}"#, "students[0].grade"),
        (#"{"section":"subject","subject":"과학","students":[{"number":1,"name":7,"activities":"실험함."}]}"#, "students[0].name"),
        (#"{"section":"subject","subject":"과학","students":[{"number":1,"activities":"실험함."},{"number":1,"activities":"발표함."}]}"#, "students[1].number"),
        (#"{"section":"subject","subject":"과학","students":[{"number":1,"activities":""}]}"#, "students[0].activities"),
        (#"{"section":"art","students":[{"number":1,"activities":"실험함."}]}"#, "section"),
        (#"{"section":"subject","students":[{"number":1,"activities":"실험함."}]}"#, "subject"),
        (#"{"section":"subject","subject":"과학","targetBytes":99999,"students":[{"number":1,"activities":"실험함."}]}"#, "targetBytes"),
        (#"{"section":"subject","subject":"과학","students":[{"number":1,"activities":"실험\u0007함."}]}"#, "students[0].activities"),
    ])
    func badBatchesAre400NamingTheFieldAndRow(_ example: (String, String)) async throws {
        let harness = try await APIHarness()
        let response = await harness.call("POST", "/v1/batches", body: example.0, token: try await APIHarness.token("a"))
        #expect(response.status == 400, "\(response.json)")
        #expect((response.json["error"] as? [String: Any])?["field"] as? String == example.1, "\(response.json)")
        #expect(await harness.queues.take(APIHarness.draftQueue).isEmpty)
    }

    @Test(arguments: ["targetBytes=1501", "section=club", "subject=과학", "extraForbiddenTerms=a"])
    func spreadsheetSettingsInTheQueryOfAJSONRosterAre400NamingThem(_ query: String) async throws {
        let harness = try await APIHarness()
        let response = await harness.raw(
            "POST", "/v1/batches", query: query, body: Array(APIHarness.batch(2).utf8), contentType: "application/json",
            token: try await APIHarness.token("a"))
        #expect(response.statusCode == 400, "\(APIHarness.json(response))")
        let error = APIHarness.error(response)
        #expect(error.field == String(query.prefix { $0 != "=" }))
        #expect(error.message.contains("only with a spreadsheet body"), "\(error.message)")
        #expect(await harness.queues.take(APIHarness.draftQueue).isEmpty)
    }

    @Test func moreThanTwoHundredStudentsAreRefused() async throws {
        let harness = try await APIHarness()
        let response = await harness.call("POST", "/v1/batches", body: APIHarness.batch(201), token: try await APIHarness.token("a"))
        #expect(response.status == 400)
        #expect((response.json["error"] as? [String: Any])?["message"] as? String == "a batch takes at most 200 students; this one has 201")
    }

    @Test func aCP949CSVUploadBecomesABatch() async throws {
        let harness = try await APIHarness()
        let token = try await APIHarness.token("a")
        let csv = "출석번호,성명,관찰 내용\r\n3,김민지,\"전지 실험을 설계함.\n\n결과를 발표함.\"\r\n1,이준호,자료를 표로 정리함.\r\n"
        let bytes = CP949.encode(csv)
        let response = await harness.raw(
            "POST", "/v1/batches", query: "section=subject&subject=%EA%B3%BC%ED%95%99", body: bytes, contentType: "text/csv", token: token)
        #expect(response.statusCode == 202, "\(APIHarness.json(response))")
        let tasks = try #require(APIHarness.json(response)["tasks"] as? [[String: Any]])
        #expect(tasks.map { $0["number"] as? Int } == [3, 1])
        let firstID = try #require(tasks[0]["taskId"] as? String)
        let first = try #require(try await harness.store.task(id: firstID))
        let request = try TaskRequest.decode(stored: first.requestJSON)
        #expect(request.activities == "전지 실험을 설계함.\n\n결과를 발표함.")
        #expect(request.studentNames == ["김민지"])
    }

    @Test func anXLSXUploadBecomesABatch() async throws {
        let harness = try await APIHarness()
        let rows: [[SheetCell]] = [[.text("번호"), .text("이름"), .text("메모")], [.number(1), .text("김민지"), .text("전지 실험을 설계함.")]]
        let response = await harness.raw(
            "POST", "/v1/batches", query: "section=autonomous", body: try XLSXWriter.bytes(rows, sheetName: "2반"),
            contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", token: try await APIHarness.token("a"))
        #expect(response.statusCode == 202, "\(APIHarness.json(response))")
    }

    @Test(arguments: [
        ("section=subject&subject=%EA%B3%BC%ED%95%99", "번호,이름\n1,김민지\n", "file", "no 메모 column"),
        ("section=subject&subject=%EA%B3%BC%ED%95%99", "번호,메모\n하나,실험함.\n", "file", "row 2: 번호 is \"하나\""),
        ("section=subject&subject=%EA%B3%BC%ED%95%99", "번호,메모\n1,\n", "file", "row 2 (번호 1): 메모 is empty"),
        ("subject=%EA%B3%BC%ED%95%99", "번호,메모\n1,실험함.\n", "section", "section is required"),
        ("section=subject&subject=%EA%B3%BC%ED%95%99&targetBytes=many", "번호,메모\n1,실험함.\n", "targetBytes", "whole number"),
        ("section=subject&subject=%EA%B3%BC%ED%95%99&grade=2", "번호,메모\n1,실험함.\n", "grade", "unknown query parameter"),
    ])
    func badUploadsAre400SayingWhatIsWrong(_ example: (String, String, String, String)) async throws {
        let harness = try await APIHarness()
        let response = await harness.raw(
            "POST", "/v1/batches", query: example.0, body: Array(example.1.utf8), contentType: "text/csv", token: try await APIHarness.token("a"))
        #expect(response.statusCode == 400)
        let error = APIHarness.error(response)
        #expect(error.field == example.2)
        #expect(error.message.contains(example.3), "\(error.message)")
    }

    @Test func otherBodiesAre415() async throws {
        let harness = try await APIHarness()
        let response = await harness.raw("POST", "/v1/batches", body: Array("x".utf8), contentType: "text/plain", token: try await APIHarness.token("a"))
        #expect(response.statusCode == 415)
    }

    @Test func progressExportAndDeleteFollowTheRosterOrder() async throws {
        let harness = try await APIHarness()
        let token = try await APIHarness.token("a")
        let created = await harness.call("POST", "/v1/batches", body: APIHarness.batch(3), token: token)
        let batchID = try #require(created.json["batchId"] as? String)
        let ids = try #require(created.json["tasks"] as? [[String: Any]]).compactMap { $0["taskId"] as? String }
        // The second student finishes, with a warning; the third fails.
        try await harness.store.updateVersion(taskID: ids[1], version: 1, VersionUpdate(
            status: .completed, text: "전지 실험을 설계함.", bytes: 27,
            reportJSON: #"{"byteProfile":"official","bytes":27,"passes":true,"safeBytes":27,"targetBytes":900,"violations":[{"category":"exaggeration","severity":"warn","excerpt":"완벽","reason":"과장된 표현임"}]}"#))
        try await harness.store.setTaskStatus(id: ids[1], .completed, failureReason: nil)
        try await harness.store.setTaskStatus(id: ids[2], .failed, failureReason: "모델 응답 없음")

        let view = await harness.call("GET", "/v1/batches/\(batchID)", token: token)
        #expect(view.status == 200)
        let progress = try #require(view.json["progress"] as? [String: Int])
        #expect(progress == ["total": 3, "queued": 1, "running": 0, "completed": 1, "failed": 1, "deleted": 0])
        #expect(view.json["status"] as? String == "running")
        let students = try #require(view.json["students"] as? [[String: Any]])
        #expect(students.map { $0["number"] as? Int } == [1, 2, 3])
        #expect(((students[1]["versions"] as? [[String: Any]])?.first)?["text"] as? String == "전지 실험을 설계함.")

        let xlsx = await harness.raw("GET", "/v1/batches/\(batchID)/export", query: "format=xlsx", token: token)
        #expect(xlsx.statusCode == 200)
        #expect(xlsx.headers?["content-type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        let sheet = try XLSXReader.cells(APIHarness.bytes(xlsx))
        #expect(sheet.count == 4)
        #expect(sheet[0] == ["번호", "이름", "버전", "초안", "NEIS 바이트", "점검 결과"])
        #expect(sheet[1] == ["1", "김학생1", "", "", "", "작성 중"])
        #expect(sheet[2] == ["2", "김학생2", "1", "전지 실험을 설계함.", "27", "[주의] exaggeration: 과장된 표현임"])
        #expect(sheet[3] == ["3", "김학생3", "", "", "", "초안 없음: 모델 응답 없음"])

        let csv = await harness.raw("GET", "/v1/batches/\(batchID)/export", query: "format=csv&encoding=cp949", token: token)
        #expect(csv.statusCode == 200)
        #expect(csv.headers?["content-type"] == "text/csv; charset=cp949")
        let text = try #require(CP949.decode(APIHarness.bytes(csv)))
        #expect(try CSVReader.cells(text).map { $0.first } == ["번호", "1", "2", "3"])
        let utf8 = await harness.raw("GET", "/v1/batches/\(batchID)/export", query: "format=csv", token: token)
        #expect(APIHarness.bytes(utf8).starts(with: [0xEF, 0xBB, 0xBF]))
        for query in ["format=pdf", "format=xlsx&encoding=cp949", "format=csv&encoding=latin1", "sort=name"] {
            #expect(await harness.raw("GET", "/v1/batches/\(batchID)/export", query: query, token: token).statusCode == 400, "\(query)")
        }

        #expect(await harness.raw("DELETE", "/v1/batches/\(batchID)", token: token).statusCode == 204)
        for id in ids { #expect(try await harness.store.task(id: id) == nil) }
        #expect(await harness.raw("GET", "/v1/batches/\(batchID)", token: token).statusCode == 404)
    }

    @Test func anotherTeachersBatchIsNotFoundAnywhere() async throws {
        let harness = try await APIHarness()
        let owner = try await APIHarness.token("owner")
        let other = try await APIHarness.token("other")
        let batchID = try #require(await harness.call("POST", "/v1/batches", body: APIHarness.batch(2), token: owner).json["batchId"] as? String)
        #expect(await harness.raw("GET", "/v1/batches/\(batchID)", token: other).statusCode == 404)
        #expect(await harness.raw("GET", "/v1/batches/\(batchID)/export", query: "format=csv", token: other).statusCode == 404)
        #expect(await harness.raw("DELETE", "/v1/batches/\(batchID)", token: other).statusCode == 404)
        let listed = APIHarness.json(await harness.raw("GET", "/v1/batches", token: other))
        #expect((listed["batches"] as? [Any])?.isEmpty == true)
        #expect(await harness.raw("GET", "/v1/batches/\(batchID)", token: owner).statusCode == 200)
        #expect(await harness.raw("GET", "/v1/batches/not-an-id", token: owner).statusCode == 404)
    }

    @Test func historyListsTheTeachersOwnWorkNewestFirstInPages() async throws {
        let harness = try await APIHarness()
        let token = try await APIHarness.token("a")
        var tasks: [String] = []
        for _ in 0..<5 {
            tasks.append(try #require(await harness.call("POST", "/v1/tasks", body: APIHarness.valid, token: token).json["taskId"] as? String))
        }
        _ = await harness.call("POST", "/v1/tasks", body: APIHarness.valid, token: try await APIHarness.token("b"))
        let batch = try #require(await harness.call("POST", "/v1/batches", body: APIHarness.batch(2), token: token).json["batchId"] as? String)

        var listed: [String] = []
        var cursor: String?
        repeat {
            let query = "limit=2" + (cursor.map { "&cursor=\($0)" } ?? "")
            let page = APIHarness.json(await harness.raw("GET", "/v1/tasks", query: query, token: token))
            let entries = try #require(page["tasks"] as? [[String: Any]])
            #expect(entries.count <= 2)
            #expect(entries.allSatisfy { $0["section"] as? String == "subject" && $0["activities"] == nil })
            listed += entries.compactMap { $0["taskId"] as? String }
            cursor = page["nextCursor"] as? String
        } while cursor != nil
        // Tasks created within one millisecond keep no order among themselves; every one is listed once.
        #expect(listed.count == 5 && Set(listed) == Set(tasks))

        let batches = try #require(APIHarness.json(await harness.raw("GET", "/v1/batches", token: token))["batches"] as? [[String: Any]])
        #expect(batches.map { $0["batchId"] as? String } == [batch])
        #expect(batches.first?["students"] as? Int == 2)
        #expect(await harness.raw("GET", "/v1/tasks", query: "limit=0", token: token).statusCode == 400)
        for query in ["cursor=zz", "cursor=1.A", "cursor=+1.a", "limit=+5", "limit=101", "sort=new"] {
            #expect(await harness.raw("GET", "/v1/tasks", query: query, token: token).statusCode == 400, "\(query)")
        }

        #expect(await harness.raw("DELETE", "/v1/tasks/\(tasks[0])", token: token).statusCode == 204)
        let after = try #require(APIHarness.json(await harness.raw("GET", "/v1/tasks", token: token))["tasks"] as? [[String: Any]])
        #expect(Set(after.compactMap { $0["taskId"] as? String }) == Set(tasks.dropFirst()))
    }
}
