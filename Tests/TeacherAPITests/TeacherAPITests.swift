import Crypto
import Foundation
import LambdaWire
import Logging
import Pipeline
import Synchronization
import TaskStore
import TeacherAPI
import TeacherAuth
import TestSupport
import Testing

/// The API on the in-memory store (or, for the end-to-end runs, a real Redis), with the draft queue recorded.
struct APIHarness {
    static let secret = "test-secret-test-secret-test-secret"
    static let draftQueue = "http://127.0.0.1:9/000000000000/draft"

    let stored: TestStore
    var store: any TaskStoring { stored.store }
    let queues = RecordingQueues()
    let api: TeacherAPI

    /// Streams last as long as in production, so only the task's completion ends them: a test that
    /// ends one early waits for an event, not for a short lifetime to run out.
    init(
        limits: APILimits = APILimits(requestsPerMinute: 1000, tasksInFlight: 100, streamLifetime: .seconds(300), heartbeat: .milliseconds(200)),
        prices: ModelPrices = ModelPrices(), model: ModelEndpoint? = nil, store kind: TestStoreKind = .memory
    ) async throws {
        // In memory on the wall clock: a stream's heartbeat is a wait for events that runs out.
        stored = try TestStore(kind)
        api = TeacherAPI(
            store: stored.store, queues: queues, draftQueueURL: Self.draftQueue,
            authenticator: try await Authenticator(secret: Self.secret, configuredTokens: nil), limits: limits, prices: prices,
            model: model, logger: Logger(label: "test"))
    }

    static func token(_ teacher: String) async throws -> String {
        try await Authenticator.issueToken(teacher: teacher, secret: secret, lifetime: .seconds(3600))
    }

    /// `bytes`, when given, is the body as a gateway passes bytes that are not UTF-8 text: base64.
    func call(
        _ method: String, _ path: String, body: String? = nil, bytes: [UInt8]? = nil, token: String?, headers: [String: String] = [:],
        contentType: String? = "application/json"
    ) async -> (status: Int, json: [String: Any], headers: [String: String]) {
        var all = headers
        all["content-type"] = contentType
        if let token { all["authorization"] = "Bearer \(token)" }
        let request = HTTPAPIRequest(
            method: method, rawPath: path, headers: all, body: bytes.map { Data($0).base64EncodedString() } ?? body, isBase64Encoded: bytes != nil)
        switch await api.handle(request) {
        case .response(let response):
            let json = (try? JSONSerialization.jsonObject(with: Data((response.body ?? "").utf8))) as? [String: Any] ?? [:]
            return (response.statusCode, json, response.headers ?? [:])
        case .events(let stream):
            // Ended at once, as a client that only wanted the status would: the stream's lease is given back.
            try? await stream.run(within: .zero) { _ in }
            return (200, [:], EventStream.headers)
        }
    }

    /// Opens the task's event stream and runs it in the background.
    func openStream(_ id: String, token: String, lastEventID: String? = nil) async throws -> StreamReader {
        var headers = ["authorization": "Bearer \(token)"]
        if let lastEventID { headers["last-event-id"] = lastEventID }
        let result = await api.handle(HTTPAPIRequest(method: "GET", rawPath: "/v1/tasks/\(id)/events", headers: headers))
        guard case .events(let stream) = result else {
            throw StreamReader.NotAStream()
        }
        return StreamReader(stream)
    }

    /// Every chunk of the task's event stream, once the stream has ended on its own.
    func stream(_ id: String, token: String, lastEventID: String? = nil) async throws -> [String] {
        try await openStream(id, token: token, lastEventID: lastEventID).end()
    }

    static let valid = #"{"section":"subject","subject":"과학","targetBytes":900,"activities":"전지 실험을 설계함.\n\n결과를 발표함."}"#
}

/// An event stream running in the background, as a browser would read it: what it has written so far,
/// waiting for a chunk to arrive, and for the stream to end.
final class StreamReader: Sendable {
    struct NotAStream: Error {}

    private final class Written: Sendable {
        let state = Mutex<(chunks: [String], ended: Bool)>(([], false))
    }

    private let written = Written()
    private let task: Task<Void, any Error>

    init(_ stream: EventStream) {
        let written = self.written
        task = Task {
            defer { written.state.withLock { $0.ended = true } }
            // A cancelled reader is a browser gone away: the next write fails, which ends the stream.
            try await stream.run { chunk in
                try Task.checkCancellation()
                written.state.withLock { $0.chunks.append(chunk) }
            }
        }
    }

    var chunks: [String] { written.state.withLock { $0.chunks } }

    /// Returns once a chunk containing `text` has been written.
    func waitFor(_ text: String) async throws {
        try await waitUntil("a chunk with \(text.debugDescription) in \(chunks)") { chunks.contains { $0.contains(text) } }
    }

    /// Every chunk, once the stream has ended on its own; its error if it failed.
    func end() async throws -> [String] {
        try await waitUntil("the stream to end; written so far: \(chunks)") { written.state.withLock { $0.ended } }
        try await task.value
        return chunks
    }

    /// Goes away as a browser would, and waits for the stream to notice.
    func close() async {
        task.cancel()
        _ = await task.result
    }
}

@Suite("Teacher API")
struct TeacherAPITests {
    @Test func creatingATaskStoresItForItsTeacherAndQueuesTheDraft() async throws {
        let harness = try await APIHarness()
        let token = try await APIHarness.token("김교사")
        let response = await harness.call("POST", "/v1/tasks", body: APIHarness.valid, token: token)
        #expect(response.status == 202)
        let id = try #require(response.json["taskId"] as? String)
        #expect(response.json["status"] as? String == "queued")
        #expect(response.headers["location"] == "/v1/tasks/\(id)")
        #expect(await harness.queues.take(APIHarness.draftQueue) == [StageMessage(stage: .draft, taskId: id).encoded()])
        let task = try #require(try await harness.store.task(id: id))
        #expect(task.owner == Teacher(name: "김교사").key)
        #expect(try await harness.store.events(taskID: id, after: nil, limit: 5).map(\.type) == ["accepted"])

        let read = await harness.call("GET", "/v1/tasks/\(id)", token: token)
        #expect(read.status == 200)
        let versions = try #require(read.json["versions"] as? [[String: Any]])
        #expect(versions.map { $0["version"] as? Int } == [1, 2, 3])
    }

    @Test func completedVersionsCarryTextBytesAndReport() async throws {
        let harness = try await APIHarness()
        let token = try await APIHarness.token("a")
        let id = try #require(await harness.call("POST", "/v1/tasks", body: APIHarness.valid, token: token).json["taskId"] as? String)
        try await harness.store.updateVersion(taskID: id, version: 1, VersionUpdate(
            status: .completed, text: "전지 실험을 설계함.", bytes: 27,
            reportJSON: #"{"byteProfile":"official","bytes":27,"passes":true,"safeBytes":27,"targetBytes":900,"violations":[]}"#))
        try await harness.store.updateVersion(taskID: id, version: 2, VersionUpdate(status: .failed, failureReason: "refine failed"))
        let versions = try #require(await harness.call("GET", "/v1/tasks/\(id)", token: token).json["versions"] as? [[String: Any]])
        try #require(versions.count == 3)
        #expect(versions[0]["text"] as? String == "전지 실험을 설계함.")
        #expect((versions[0]["report"] as? [String: Any])?["passes"] as? Bool == true)
        #expect(versions[1]["reason"] as? String == "refine failed")
    }

    @Test func aTaskShowsWhichEngineWroteEachStageAndWhatTheModelCallsCost() async throws {
        let harness = try await APIHarness(prices: try ModelPrices(parsing: "m1=1/2"))
        let token = try await APIHarness.token("a")
        let id = try #require(await harness.call("POST", "/v1/tasks", body: APIHarness.valid, token: token).json["taskId"] as? String)
        let before = await harness.call("GET", "/v1/tasks/\(id)", token: token).json
        #expect((before["usage"] as? [Any])?.isEmpty == true)
        #expect(before["estimatedCostUSD"] == nil)

        try await harness.store.updateVersion(taskID: id, version: 1, VersionUpdate(producers: [.draft: "model:m1", .refine: "offline"]))
        try await harness.store.recordUsage(taskID: id, ModelUsage(stage: .draft, model: "m1", promptTokens: 1000, completionTokens: 500))
        try await harness.store.recordUsage(taskID: id, ModelUsage(stage: .draft, model: "m1", promptTokens: 1000, completionTokens: 500))
        try await harness.store.recordUsage(taskID: id, ModelUsage(stage: .refine, model: "m2", promptTokens: 10, completionTokens: 5))
        let task = await harness.call("GET", "/v1/tasks/\(id)", token: token).json
        let versions = try #require(task["versions"] as? [[String: Any]])
        try #require(versions.count == 3)
        #expect(versions[0]["producers"] as? [String: String] == ["draft": "model:m1", "refine": "offline"])
        #expect(versions[1]["producers"] == nil)
        let usage = try #require(task["usage"] as? [[String: Any]])
        try #require(usage.count == 2)
        #expect(usage[0]["stage"] as? String == "draft" && usage[0]["model"] as? String == "m1" && usage[0]["calls"] as? Int == 2)
        #expect(usage[0]["promptTokens"] as? Int == 2000 && usage[0]["completionTokens"] as? Int == 1000)
        #expect(abs((usage[0]["estimatedCostUSD"] as? Double ?? 0) - 0.004) < 1e-12)
        // An unpriced model has tokens and no cost.
        #expect(usage[1]["model"] as? String == "m2" && usage[1]["estimatedCostUSD"] == nil)
        #expect(abs((task["estimatedCostUSD"] as? Double ?? 0) - 0.004) < 1e-12)
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
        let harness = try await APIHarness()
        let response = await harness.call("POST", "/v1/tasks", body: example.0, token: try await APIHarness.token("a"))
        #expect(response.status == 400)
        let error = try #require(response.json["error"] as? [String: Any])
        #expect(error["field"] as? String == example.1, "\(example.0): \(error)")
        #expect(await harness.queues.take(APIHarness.draftQueue).isEmpty)
    }

    @Test func oversizedNotesAndBodiesAreRefused() async throws {
        let harness = try await APIHarness()
        let token = try await APIHarness.token("a")
        let notes = await harness.call("POST", "/v1/tasks", body: #"{"section":"club","activities":"\#(String(repeating: "가", count: 20_001))"}"#, token: token)
        #expect(notes.status == 400)
        #expect((notes.json["error"] as? [String: Any])?["field"] as? String == "activities")
        let huge = await harness.call("POST", "/v1/tasks", body: #"{"section":"club","activities":"\#(String(repeating: "a", count: 300_000))"}"#, token: token)
        #expect(huge.status == 413)
    }

    @Test func missingExpiredAndTamperedTokensAreRefused() async throws {
        let harness = try await APIHarness()
        let missing = await harness.call("GET", "/v1/sections", token: nil)
        #expect(missing.status == 401)
        #expect(missing.headers["www-authenticate"]?.hasPrefix("Bearer") == true)
        let expired = try await Authenticator.issueToken(
            teacher: "a", secret: APIHarness.secret, lifetime: .seconds(10), now: Date().addingTimeInterval(-100))
        #expect(await harness.call("GET", "/v1/sections", token: expired).status == 401)
        let token = try await APIHarness.token("a")
        let tampered = String(token.dropLast(2)) + (token.hasSuffix("AA") ? "BB" : "AA")
        let refused = await harness.call("POST", "/v1/tasks", body: APIHarness.valid, token: tampered)
        #expect(refused.status == 401)
        #expect(await harness.queues.take(APIHarness.draftQueue).isEmpty)
    }

    @Test func aTokenWhoseHeaderNamesAnotherAlgorithmIsRefusedSayingSo() async throws {
        let harness = try await APIHarness()
        let token = try await APIHarness.token("a")
        // The same claims and a valid HS256 signature over a header that says "none".
        let parts = token.split(separator: ".").map(String.init)
        let header = Data(#"{"alg":"none","typ":"JWT"}"#.utf8).base64EncodedString()
            .replacingOccurrences(of: "=", with: "").replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
        let input = header + "." + parts[1]
        let signature = Data(HMAC<SHA256>.authenticationCode(for: Data(input.utf8), using: SymmetricKey(data: Data(APIHarness.secret.utf8))))
            .base64EncodedString().replacingOccurrences(of: "=", with: "").replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
        let refused = await harness.call("GET", "/v1/sections", token: input + "." + signature)
        #expect(refused.status == 401)
        #expect(((refused.json["error"] as? [String: Any])?["message"] as? String)?.contains("HS256") == true, "\(refused.json)")
        #expect(refused.headers["www-authenticate"]?.contains("invalid_token") == true)
        #expect(await harness.call("GET", "/v1/sections", token: token).status == 200)
    }

    @Test func withNoModelTheEngineSaysNoTextLeavesTheService() async throws {
        let harness = try await APIHarness()
        let engine = await harness.call("GET", "/v1/engine", token: try await APIHarness.token("a"))
        #expect(engine.status == 200)
        #expect(engine.json["engine"] as? String == "offline" && engine.json["endpoint"] == nil, "\(engine.json)")
        #expect(await harness.call("GET", "/v1/engine", token: nil).status == 401)
    }

    @Test func withAModelTheEngineNamesItAndWhereTheNotesGo() async throws {
        let harness = try await APIHarness(
            model: ModelEndpoint(model: "m1", fallbackModel: "m2", origin: "http://10.0.0.5:8080", localOnly: true))
        let engine = await harness.call("GET", "/v1/engine", token: try await APIHarness.token("a"))
        #expect(engine.status == 200)
        #expect(engine.json["engine"] as? String == "model" && engine.json["model"] as? String == "m1", "\(engine.json)")
        #expect(engine.json["fallbackModel"] as? String == "m2" && engine.json["endpoint"] as? String == "http://10.0.0.5:8080")
        #expect(engine.json["localOnly"] as? Bool == true)
        #expect((engine.json["redacted"] as? [String])?.contains("student_names") == true)
    }

    @Test func anotherTeachersTaskIsNotFound() async throws {
        let harness = try await APIHarness()
        let owner = try await APIHarness.token("owner")
        let other = try await APIHarness.token("other")
        let id = try #require(await harness.call("POST", "/v1/tasks", body: APIHarness.valid, token: owner).json["taskId"] as? String)
        #expect(await harness.call("GET", "/v1/tasks/\(id)", token: other).status == 404)
        #expect(await harness.call("DELETE", "/v1/tasks/\(id)", token: other).status == 404)
        #expect(await harness.call("GET", "/v1/tasks/\(id)/events", token: other).status == 404)
        #expect(try await harness.store.task(id: id) != nil)
        #expect(await harness.call("GET", "/v1/tasks/\(id)", token: owner).status == 200)
    }

    @Test func deletingATaskRemovesIt() async throws {
        let harness = try await APIHarness()
        let token = try await APIHarness.token("a")
        let id = try #require(await harness.call("POST", "/v1/tasks", body: APIHarness.valid, token: token).json["taskId"] as? String)
        #expect(await harness.call("DELETE", "/v1/tasks/\(id)", token: token).status == 204)
        #expect(try await harness.store.task(id: id) == nil)
        #expect(try await harness.store.events(taskID: id, after: nil, limit: 5).isEmpty)
        #expect(await harness.call("GET", "/v1/tasks/\(id)", token: token).status == 404)
    }

    @Test func checkReturnsTheFullReport() async throws {
        let harness = try await APIHarness()
        let token = try await APIHarness.token("a")
        let response = await harness.call("POST", "/v1/check", body: #"{"text":"토플 점수가 올랐다.","section":"club","targetBytes":600}"#, token: token)
        #expect(response.status == 200)
        #expect(response.json["passes"] as? Bool == false)
        #expect(response.json["targetBytes"] as? Int == 600)
        let categories = (response.json["violations"] as? [[String: Any]])?.compactMap { $0["category"] as? String } ?? []
        #expect(categories.contains("language_test") && categories.contains("sentence_ending"))
        let named = await harness.call(
            "POST", "/v1/check", body: #"{"text":"민지는 회의를 이끎.","section":"club","studentNames":["김민지"]}"#, token: token)
        let namedCategories = (named.json["violations"] as? [[String: Any]])?.compactMap { $0["category"] as? String } ?? []
        #expect(named.status == 200 && namedCategories == ["personal_information"])
        let bad = await harness.call("POST", "/v1/check", body: #"{"text":"x","section":"club","extra":1}"#, token: token)
        #expect(bad.status == 400)
        #expect((bad.json["error"] as? [String: Any])?["field"] as? String == "extra")
    }

    @Test func sectionsListTheLimits() async throws {
        let harness = try await APIHarness()
        let response = await harness.call("GET", "/v1/sections", token: try await APIHarness.token("a"))
        let sections = try #require(response.json["sections"] as? [[String: Any]])
        #expect(sections.compactMap { $0["id"] as? String } == ["subject", "autonomous", "club", "career", "behavior"])
        #expect(sections.last?["byteLimit"] as? Int == 900)
    }

    @Test func requestsPerMinuteAreLimited() async throws {
        let harness = try await APIHarness(limits: APILimits(requestsPerMinute: 3, tasksInFlight: 10))
        let token = try await APIHarness.token("a")
        for _ in 0..<3 { #expect(await harness.call("GET", "/v1/sections", token: token).status == 200) }
        let limited = await harness.call("GET", "/v1/sections", token: token)
        #expect(limited.status == 429)
        #expect(Int(limited.headers["retry-after"] ?? "") ?? 0 >= 1)
        #expect(await harness.call("GET", "/v1/sections", token: try await APIHarness.token("b")).status == 200)
    }

    @Test func tasksInFlightAreLimited() async throws {
        let harness = try await APIHarness(limits: APILimits(requestsPerMinute: 100, tasksInFlight: 2))
        let token = try await APIHarness.token("a")
        #expect(await harness.call("POST", "/v1/tasks", body: APIHarness.valid, token: token).status == 202)
        #expect(await harness.call("POST", "/v1/tasks", body: APIHarness.valid, token: token).status == 202)
        let limited = await harness.call("POST", "/v1/tasks", body: APIHarness.valid, token: token)
        #expect(limited.status == 429)
        #expect((limited.json["error"] as? [String: Any])?["code"] as? String == "too_many_tasks")
        #expect(limited.headers["retry-after"] != nil)
    }

    @Test func aTeachersTasksBeyondTheStageLimitAreHeldWithADelayedFallback() async throws {
        let harness = try await APIHarness()
        let token = try await APIHarness.token("a")
        var ids: [String] = []
        for _ in 0..<5 {
            ids.append(try #require(await harness.call("POST", "/v1/tasks", body: APIHarness.valid, token: token).json["taskId"] as? String))
        }
        let now = ids.prefix(StageFairness().tasksPerTeacher).map { StageMessage(stage: .draft, taskId: $0).encoded() }
        #expect(await harness.queues.take(APIHarness.draftQueue) == now)
        let held = await harness.queues.delayed[APIHarness.draftQueue] ?? []
        #expect(held.map { $0.body } == ids.suffix(2).map { StageMessage(stage: .draft, taskId: $0).encoded() })
        #expect(held.allSatisfy { $0.delay == StageFairness().heldTaskBound })
        // Another teacher's task is not held behind them.
        let other = try #require(await harness.call(
            "POST", "/v1/tasks", body: APIHarness.valid, token: try await APIHarness.token("b")).json["taskId"] as? String)
        #expect(await harness.queues.take(APIHarness.draftQueue) == [StageMessage(stage: .draft, taskId: other).encoded()])
        // Deleting one of the teacher's staged tasks hands their oldest held one over: the held tasks are
        // ordered by the millisecond they were admitted in, and tasks of one millisecond (which a fast
        // store makes likely) by id.
        let held3 = try #require(try await harness.store.task(id: ids[3]))
        let held4 = try #require(try await harness.store.task(id: ids[4]))
        let oldest = (held3.createdAtMilliseconds, held3.id) < (held4.createdAtMilliseconds, held4.id) ? held3.id : held4.id
        #expect(await harness.call("DELETE", "/v1/tasks/\(ids[0])", token: token).status == 204)
        #expect(await harness.queues.take(APIHarness.draftQueue) == [StageMessage(stage: .draft, taskId: oldest).encoded()])
    }

    @Test func aTeachersStreamsAreLimitedAndGiveTheirPlacesBackWhenTheyEnd() async throws {
        let harness = try await APIHarness(limits: APILimits(
            requestsPerMinute: 1000, tasksInFlight: 100, streamLifetime: .seconds(300), heartbeat: .milliseconds(200), streamsPerTeacher: 2,
            streamsInTotal: 3))
        let token = try await APIHarness.token("a")
        let id = try #require(await harness.call("POST", "/v1/tasks", body: APIHarness.valid, token: token).json["taskId"] as? String)
        let first = try await harness.openStream(id, token: token)
        let second = try await harness.openStream(id, token: token)
        let refused = await harness.call("GET", "/v1/tasks/\(id)/events", token: token)
        #expect(refused.status == 429)
        #expect((refused.json["error"] as? [String: Any])?["code"] as? String == "too_many_streams")
        #expect(Int(refused.headers["retry-after"] ?? "") ?? 0 >= 1)
        // Another teacher takes the last place of all; then nobody gets one.
        let otherToken = try await APIHarness.token("b")
        let other = try #require(await harness.call("POST", "/v1/tasks", body: APIHarness.valid, token: otherToken).json["taskId"] as? String)
        let third = try await harness.openStream(other, token: otherToken)
        #expect(await harness.call("GET", "/v1/tasks/\(other)/events", token: otherToken).status == 429)
        // A client gone away ends its stream, which gives the place back.
        await first.close()
        let again = try await harness.openStream(id, token: token)
        _ = try await harness.store.appendEvent(taskID: id, TaskEvent(type: "completed", data: "{}"))
        _ = try await second.end()
        _ = try await again.end()
        await third.close()
        #expect(try await harness.openStream(id, token: token).end().contains { $0.contains("event: completed") })
    }

    @Test func aLastEventIDPastTheTasksLastEventIsRefusedNamingTheHeader() async throws {
        let harness = try await APIHarness()
        let token = try await APIHarness.token("a")
        let id = try #require(await harness.call("POST", "/v1/tasks", body: APIHarness.valid, token: token).json["taskId"] as? String)
        let last = try #require(try await harness.store.lastEventID(taskID: id))
        let parts = last.split(separator: "-").compactMap { UInt64($0) }
        for past in ["\(parts[0])-\(parts[1] + 1)", "\(parts[0] + 1)-0", "99999999999999-0"] {
            let refused = await harness.call("GET", "/v1/tasks/\(id)/events", token: token, headers: ["last-event-id": past])
            #expect(refused.status == 400, "\(past)")
            let error = refused.json["error"] as? [String: Any]
            #expect(error?["field"] as? String == "Last-Event-ID")
            #expect((error?["message"] as? String)?.contains("past the task's last event") == true)
        }
        #expect(await harness.call("GET", "/v1/tasks/\(id)/events", token: token, headers: ["last-event-id": last]).status == 200)
    }

    @Test func tasksPastTheirDeadlineAreSettledAndFreeTheirPlaces() async throws {
        let harness = try await APIHarness(limits: APILimits(requestsPerMinute: 100, tasksInFlight: 2, taskDeadline: .seconds(3600)))
        let token = try await APIHarness.token("a")
        var ids: [String] = []
        for _ in 0..<2 {
            let created = await harness.call("POST", "/v1/tasks", body: APIHarness.valid, token: token)
            ids.append(try #require(created.json["taskId"] as? String))
        }
        #expect(await harness.call("POST", "/v1/tasks", body: APIHarness.valid, token: token).status == 429)
        // Both were accepted long ago and never moved on (their draft messages were lost).
        for id in ids {
            var stuck = try #require(try await harness.store.task(id: id))
            stuck.createdAtMilliseconds = 0
            try await harness.store.createTask(stuck)
        }
        #expect(await harness.call("POST", "/v1/tasks", body: APIHarness.valid, token: token).status == 202)
        let settled = await harness.call("GET", "/v1/tasks/\(ids[0])", token: token)
        #expect(settled.json["status"] as? String == "failed")
        let versions = try #require(settled.json["versions"] as? [[String: Any]])
        #expect(versions.map { $0["status"] as? String } == ["failed", "failed", "failed"])
        #expect(versions.allSatisfy { ($0["reason"] as? String)?.contains("시간 초과") == true })
    }

    @Test func unknownRoutesAndMethods() async throws {
        let harness = try await APIHarness()
        let token = try await APIHarness.token("a")
        #expect(await harness.call("GET", "/v1/tasks/\(TaskID.generate())", token: token).status == 404)
        #expect(await harness.call("GET", "/v1/tasks/not-an-id", token: token).status == 404)
        #expect(await harness.call("GET", "/v2/anything", token: token).status == 404)
        let wrongMethod = await harness.call("PUT", "/v1/tasks", token: token)
        #expect(wrongMethod.status == 405)
        #expect(wrongMethod.headers["allow"] == "GET, POST")
    }

    /// On Redis: the store going away is a Redis server going away.
    @Test func unreachableStoreOrQueueIsA503NotA500() async throws {
        let harness = try await APIHarness(store: .redis)
        let token = try await APIHarness.token("a")
        await harness.queues.failOnce()
        #expect(await harness.call("POST", "/v1/tasks", body: APIHarness.valid, token: token).status == 503)
        try #require(harness.stored.redis).kill()
        let response = await harness.call("POST", "/v1/tasks", body: APIHarness.valid, token: token)
        #expect(response.status == 503)
        #expect(response.headers["retry-after"] != nil)
    }

    @Test func thePageIsSelfContainedAndNeedsNoToken() async throws {
        let harness = try await APIHarness()
        guard case .response(let response) = await harness.api.handle(HTTPAPIRequest(method: "GET", rawPath: "/")) else {
            Issue.record("the page is not a plain response")
            return
        }
        #expect(response.statusCode == 200)
        #expect(response.headers?["content-type"] == "text/html; charset=utf-8")
        let html = try #require(response.body)
        #expect(html.contains("<html lang=\"ko\">"))
        #expect(html.contains("\"id\":\"behavior\""))
        #expect(html.contains("행동특성 및 종합의견"))
        // No CDN: nothing is loaded from another origin.
        #expect(!html.contains("src=\"http") && !html.contains("href=\"http") && !html.contains("@import"))
        #expect(!html.contains("__SECTIONS__"))
    }

    @Test func theClassViewReadsRostersWithTheServersHeaderSpellings() async throws {
        let harness = try await APIHarness()
        guard case .response(let response) = await harness.api.handle(HTTPAPIRequest(method: "GET", rawPath: "/")) else {
            Issue.record("the page is not a plain response")
            return
        }
        let html = try #require(response.body)
        #expect(html.contains("id=\"classView\"") && html.contains("id=\"rosterFile\""))
        // Every placeholder of the script is filled, the roster's header spellings among them.
        #expect(html.range(of: #"__[A-Z_]+__"#, options: .regularExpression) == nil)
        #expect(html.contains("const ROSTER_COLUMNS = {\"1 세특\":[") && html.contains("\"메모\":[") && html.contains("\"출석번호\"") && html.contains("\"관찰내용\""))
        // And the 기재요령 editions the year pickers offer.
        #expect(html.contains("const RULE_EDITIONS = [{\"year\":2025,\"isDefault\":false,"))
    }

    @Test func theOpenAPIDocumentDescribesEveryRoute() async throws {
        let harness = try await APIHarness()
        let document = await harness.call("GET", "/openapi.json", token: nil)
        #expect(document.status == 200)
        let paths = try #require(document.json["paths"] as? [String: Any])
        #expect(Set(paths.keys) == [
            "/v1/sections", "/v1/engine", "/v1/check", "/v1/tasks", "/v1/tasks/{taskId}", "/v1/tasks/{taskId}/events", "/v1/tasks/{taskId}/choice", "/v1/batches",
            "/v1/batches/{batchId}", "/v1/batches/{batchId}/export", "/v1/batches/{batchId}/events",
        ])
    }
}

@Suite("Event stream")
struct EventStreamTests {
    /// End to end on Redis too: the stream waits in `XREAD BLOCK` there.
    @Test(arguments: TestStoreKind.allCases)
    func streamsStoredAndNewEventsUntilTheTaskCompletes(_ kind: TestStoreKind) async throws {
        let harness = try await APIHarness(store: kind)
        let token = try await APIHarness.token("a")
        let id = try #require(await harness.call("POST", "/v1/tasks", body: APIHarness.valid, token: token).json["taskId"] as? String)
        let stream = try await harness.openStream(id, token: token)
        // Each event is written once the stream has sent the one before: new events, not stored ones.
        try await stream.waitFor("event: accepted")
        _ = try await harness.store.appendEvent(taskID: id, TaskEvent(type: "drafted", data: #"{"version":1}"#))
        try await stream.waitFor("event: drafted")
        _ = try await harness.store.appendEvent(taskID: id, TaskEvent(type: "completed", data: #"{"status":"completed"}"#))
        let chunks = try await stream.end()
        let events = chunks.filter { $0.contains("event: ") }
        try #require(events.count == 3, "\(chunks)")
        #expect(events[0].contains("event: accepted"))
        #expect(events[1].contains("event: drafted\ndata: {\"version\":1}\n"))
        #expect(events[2].contains("event: completed"))
        // Heartbeats while idle are `anIdleStreamSendsHeartbeats`'s: here, how soon each event follows
        // the one before decides whether any falls between them.
        #expect(chunks.first == "retry: 1000\n\n")
    }

    @Test func resumesAfterLastEventIDWithoutDuplicates() async throws {
        let harness = try await APIHarness()
        let token = try await APIHarness.token("a")
        let id = try #require(await harness.call("POST", "/v1/tasks", body: APIHarness.valid, token: token).json["taskId"] as? String)
        var ids: [String] = []
        for (type, version) in [("drafted", 1), ("drafted", 2), ("refined", 1)] {
            ids.append(try await harness.store.appendEvent(taskID: id, TaskEvent(type: type, data: "{\"version\":\(version)}")))
        }
        _ = try await harness.store.appendEvent(taskID: id, TaskEvent(type: "completed", data: "{}"))
        let resumed = try await harness.stream(id, token: token, lastEventID: ids[1]).filter { $0.contains("event: ") }
        try #require(resumed.count == 2, "\(resumed)")
        #expect(resumed[0].contains("id: \(ids[2])\nevent: refined"))
        #expect(resumed[1].contains("event: completed"))
    }

    @Test func aFinishedTaskWithNothingNewAnswers204() async throws {
        let harness = try await APIHarness()
        let token = try await APIHarness.token("a")
        let id = try #require(await harness.call("POST", "/v1/tasks", body: APIHarness.valid, token: token).json["taskId"] as? String)
        let last = try await harness.store.appendEvent(taskID: id, TaskEvent(type: "completed", data: "{}"))
        try await harness.store.setTaskStatus(id: id, .completed, failureReason: nil)
        #expect(await harness.call("GET", "/v1/tasks/\(id)/events", token: token, headers: ["last-event-id": last]).status == 204)
        #expect(await harness.call("GET", "/v1/tasks/\(id)/events", token: token, headers: ["last-event-id": "../x"]).status == 400)
    }

    @Test func aReplayRunsPastAnEarlierCompletionToTheLatest() async throws {
        let harness = try await APIHarness()
        let token = try await APIHarness.token("a")
        let id = try #require(await harness.call("POST", "/v1/tasks", body: APIHarness.valid, token: token).json["taskId"] as? String)
        // Failed, then redriven and completed.
        for (type, data) in [("completed", #"{"status":"failed"}"#), ("version", #"{"version":1}"#), ("completed", #"{"status":"completed"}"#)] {
            _ = try await harness.store.appendEvent(taskID: id, TaskEvent(type: type, data: data))
        }
        let events = try await harness.stream(id, token: token).filter { $0.contains("event: ") }
        #expect(events.count == 4)
        #expect(events.last?.contains(#"{"status":"completed"}"#) == true)
    }

    @Test func aStreamEndsAtItsLifetime() async throws {
        let lifetime = Duration.milliseconds(500)
        let harness = try await APIHarness(limits: APILimits(requestsPerMinute: 100, tasksInFlight: 10, streamLifetime: lifetime, heartbeat: .milliseconds(100)))
        let token = try await APIHarness.token("a")
        let id = try #require(await harness.call("POST", "/v1/tasks", body: APIHarness.valid, token: token).json["taskId"] as? String)
        // The task never completes: the stream must still end on its own, once its lifetime is over.
        let opened = ContinuousClock.now
        let chunks = try await harness.stream(id, token: token)
        #expect(opened.duration(to: .now) >= lifetime)
        #expect(chunks.filter { $0.contains("event: accepted") }.count == 1)
        #expect(!chunks.contains { $0.contains("event: completed") })
    }

    @Test func anIdleStreamSendsHeartbeats() async throws {
        // A lifetime far beyond the test: however slowly the first event comes, idle time follows it.
        let harness = try await APIHarness(limits: APILimits(requestsPerMinute: 100, tasksInFlight: 10, streamLifetime: .seconds(3600), heartbeat: .milliseconds(100)))
        let token = try await APIHarness.token("a")
        let id = try #require(await harness.call("POST", "/v1/tasks", body: APIHarness.valid, token: token).json["taskId"] as? String)
        let stream = try await harness.openStream(id, token: token)
        try await stream.waitFor("event: accepted")
        try await stream.waitFor(": keep-alive\n\n")
        await stream.close()
        let chunks = stream.chunks
        #expect(chunks.filter { $0.contains("event: ") }.count == 1)
        let accepted = try #require(chunks.firstIndex { $0.contains("event: accepted") })
        #expect(chunks[(accepted + 1)...].allSatisfy { $0 == ": keep-alive\n\n" })
    }
}

@Suite("String lengths count code points, as the document's maxLength does")
struct CodePointLengthTests {
    @Test func aTextOfMoreCodePointsThanItsLimitIsRefusedThoughItHasFewerCharacters() async throws {
        let harness = try await APIHarness()
        let token = try await APIHarness.token("a")
        // 19,999 characters of a plus one of 👍🏻 (two code points, one character): 20,001 code points.
        let long = String(repeating: "가", count: 19_999) + "👍🏻"
        #expect(long.count == 20_000 && long.unicodeScalars.count == 20_001)
        let body = String(decoding: try JSONSerialization.data(withJSONObject: ["section": "club", "activities": long]), as: UTF8.self)
        let refused = await harness.call("POST", "/v1/tasks", body: body, token: token)
        #expect(refused.status == 400)
        #expect((refused.json["error"] as? [String: Any])?["field"] as? String == "activities")
        let term = String(repeating: "가", count: 49) + "👍🏻"
        let check = String(decoding: try JSONSerialization.data(withJSONObject: ["section": "club", "text": "가", "extraForbiddenTerms": [term]]), as: UTF8.self)
        let termRefused = await harness.call("POST", "/v1/check", body: check, token: token)
        #expect(termRefused.status == 400)
        #expect((termRefused.json["error"] as? [String: Any])?["field"] as? String == "extraForbiddenTerms")
        let fits = String(decoding: try JSONSerialization.data(withJSONObject: ["section": "club", "activities": String(long.dropLast())]), as: UTF8.self)
        #expect(await harness.call("POST", "/v1/tasks", body: fits, token: token).status == 202)
    }
}
