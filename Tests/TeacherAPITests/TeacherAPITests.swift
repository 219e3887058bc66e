import Foundation
import LambdaWire
import Logging
import Pipeline
import TaskStore
import TeacherAPI
import TestSupport
import Testing

@Suite("Teacher API")
struct TeacherAPITests {
    let redis: RedisServer
    let store: RedisTaskStore
    let queues = RecordingQueues()
    let api: TeacherAPI
    static let draftQueue = "http://127.0.0.1:9/000000000000/draft"

    init() throws {
        redis = try RedisServer()
        store = RedisTaskStore(configuration: TaskStoreConfiguration(url: try RedisURL(parsing: redis.url)))
        api = TeacherAPI(store: store, queues: queues, draftQueueURL: Self.draftQueue, logger: Logger(label: "test"))
    }

    func call(_ method: String, _ path: String, body: String? = nil) async -> (status: Int, json: [String: Any], headers: [String: String]) {
        let response = await api.handle(HTTPAPIRequest(method: method, rawPath: path, headers: ["content-type": "application/json"], body: body))
        let json = (try? JSONSerialization.jsonObject(with: Data((response.body ?? "").utf8))) as? [String: Any] ?? [:]
        return (response.statusCode, json, response.headers ?? [:])
    }

    static let valid = #"{"section":"subject","subject":"과학","targetBytes":900,"activities":"전지 실험을 설계함.\n\n결과를 발표함."}"#

    @Test func creatingATaskStoresItAndQueuesTheDraft() async throws {
        let response = await call("POST", "/v1/tasks", body: Self.valid)
        #expect(response.status == 202)
        let id = try #require(response.json["taskId"] as? String)
        #expect(response.json["status"] as? String == "queued")
        #expect(response.headers["location"] == "/v1/tasks/\(id)")
        let sent = await queues.take(Self.draftQueue)
        #expect(sent == [StageMessage(stage: .draft, taskId: id).encoded()])
        let task = try #require(try await store.task(id: id))
        #expect(try TaskRequest.decode(stored: task.requestJSON).targetBytes == 900)
        #expect(try await store.events(taskID: id, after: nil, limit: 5).map(\.type) == ["accepted"])

        let read = await call("GET", "/v1/tasks/\(id)")
        #expect(read.status == 200)
        #expect(read.json["taskId"] as? String == id)
        #expect(read.json["status"] as? String == "queued")
        let versions = try #require(read.json["versions"] as? [[String: Any]])
        #expect(versions.map { $0["version"] as? Int } == [1, 2, 3])
        #expect(versions.allSatisfy { $0["status"] as? String == "pending" })
    }

    @Test func completedVersionsCarryTextBytesAndReport() async throws {
        let id = try #require(await call("POST", "/v1/tasks", body: Self.valid).json["taskId"] as? String)
        try await store.updateVersion(taskID: id, version: 1, VersionUpdate(
            status: .completed, text: "전지 실험을 설계함.", bytes: 27,
            reportJSON: #"{"byteProfile":"official","bytes":27,"passes":true,"safeBytes":27,"targetBytes":900,"violations":[]}"#))
        try await store.updateVersion(taskID: id, version: 2, VersionUpdate(status: .failed, failureReason: "refine failed"))
        let versions = try #require(await call("GET", "/v1/tasks/\(id)").json["versions"] as? [[String: Any]])
        #expect(versions[0]["text"] as? String == "전지 실험을 설계함.")
        #expect(versions[0]["bytes"] as? Int == 27)
        #expect((versions[0]["report"] as? [String: Any])?["passes"] as? Bool == true)
        #expect(versions[1]["status"] as? String == "failed")
        #expect(versions[1]["reason"] as? String == "refine failed")
    }

    static let badBodies: [(String, String)] = [
        ("", "body"),
        ("[1,2]", "body"),
        ("{not json", "body"),
        (#"{"activities":"메모"}"#, "section"),
        (#"{"section":"club"}"#, "activities"),
        (#"{"section":"math","activities":"메모"}"#, "section"),
        (#"{"section":"subject","activities":"메모"}"#, "subject"),
        (#"{"section":"club","activities":"   "}"#, "activities"),
        (#"{"section":"club","activities":"메모","targetBytes":2000}"#, "targetBytes"),
        (#"{"section":"club","activities":"메모","targetBytes":"900"}"#, "targetBytes"),
        (#"{"section":"club","activities":"메모","targetBytes":12.5}"#, "targetBytes"),
        (#"{"section":"club","activities":"메모","extraForbiddenTerms":"한빛고"}"#, "extraForbiddenTerms"),
        (#"{"section":"club","activities":"메모","sectoin":"club"}"#, "sectoin"),
        (#"{"section":7,"activities":"메모"}"#, "section"),
    ]

    @Test("bad requests get a 400 naming the field", arguments: badBodies)
    func badRequests(_ example: (String, String)) async throws {
        let response = await call("POST", "/v1/tasks", body: example.0)
        #expect(response.status == 400)
        let error = try #require(response.json["error"] as? [String: Any])
        #expect(error["field"] as? String == example.1, "\(example.0): \(error)")
        #expect(error["code"] as? String == "invalid_request")
        #expect(await queues.take(Self.draftQueue).isEmpty)
    }

    @Test func oversizedNotesAndBodiesAreRefused() async throws {
        let longNotes = String(repeating: "가", count: 20_001)
        let notes = await call("POST", "/v1/tasks", body: #"{"section":"club","activities":"\#(longNotes)"}"#)
        #expect(notes.status == 400)
        #expect((notes.json["error"] as? [String: Any])?["field"] as? String == "activities")
        let huge = await call("POST", "/v1/tasks", body: #"{"section":"club","activities":"\#(String(repeating: "a", count: 300_000))"}"#)
        #expect(huge.status == 413)
    }

    @Test func unknownTasksRoutesAndMethods() async throws {
        #expect(await call("GET", "/v1/tasks/\(TaskID.generate())").status == 404)
        #expect(await call("GET", "/v1/tasks/../../etc").status == 404)
        #expect(await call("GET", "/v1/tasks/not-an-id").status == 404)
        #expect(await call("GET", "/v2/anything").status == 404)
        let wrongMethod = await call("DELETE", "/v1/tasks")
        #expect(wrongMethod.status == 405)
        #expect(wrongMethod.headers["allow"] == "POST")
    }

    @Test func anUnreachableStoreIsA503NotA500() async throws {
        redis.kill()
        let response = await call("POST", "/v1/tasks", body: Self.valid)
        #expect(response.status == 503)
        #expect(response.headers["retry-after"] != nil)
    }

    @Test func anUnreachableQueueIsA503AndTheTaskIsMarkedFailed() async throws {
        await queues.failOnce()
        let response = await call("POST", "/v1/tasks", body: Self.valid)
        #expect(response.status == 503)
    }
}
