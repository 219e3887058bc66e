import Foundation
import LambdaWire
import TaskStore
import TeacherAPI
import TestSupport
import Testing

/// `GET /v1/batches/<id>/events`: every student's task events in one stream, each naming its student,
/// then `batch_completed` once no task is open; resumable, leased as a task's stream is, the owner's only.
@Suite("Batch event stream")
struct BatchEventsTests {
    /// A batch of `count` students: its id and the students' task ids in roster order.
    static func batch(_ harness: APIHarness, token: String, count: Int = 2) async throws -> (id: String, tasks: [String]) {
        let created = await harness.call("POST", "/v1/batches", body: APIHarness.batch(count), token: token)
        let id = try #require(created.json["batchId"] as? String, "\(created.json)")
        let tasks = try #require(created.json["tasks"] as? [[String: Any]]).compactMap { $0["taskId"] as? String }
        return (id, tasks)
    }

    static func open(_ harness: APIHarness, _ batchID: String, token: String, lastEventID: String? = nil) async throws -> StreamReader {
        var headers = ["authorization": "Bearer \(token)"]
        if let lastEventID { headers["last-event-id"] = lastEventID }
        guard case .events(let stream) = await harness.api.handle(HTTPAPIRequest(method: "GET", rawPath: "/v1/batches/\(batchID)/events", headers: headers))
        else { throw StreamReader.NotAStream() }
        return StreamReader(stream)
    }

    /// The student's task ends as the stages end one: its status, then its `completed` event.
    static func finish(_ harness: APIHarness, _ taskID: String, _ status: TaskStatus = .completed) async throws {
        try await harness.store.setTaskStatus(id: taskID, status, failureReason: status == .failed ? "x" : nil)
        _ = try await harness.store.appendEvent(taskID: taskID, TaskEvent(type: "completed", data: "{\"status\":\"\(status.rawValue)\"}"))
    }

    /// (id, event, data) of each event in the chunks.
    static func events(_ chunks: [String]) -> [(id: String?, event: String, data: String)] {
        chunks.filter { $0.contains("event: ") }.map { chunk in
            var id: String?, event = "", data = ""
            for line in chunk.split(separator: "\n") {
                if line.hasPrefix("id: ") { id = String(line.dropFirst(4)) }
                if line.hasPrefix("event: ") { event = String(line.dropFirst(7)) }
                if line.hasPrefix("data: ") { data = String(line.dropFirst(6)) }
            }
            return (id, event, data)
        }
    }

    static func json(_ text: String) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
    }

    /// End to end on Redis too: a student's event reaches the batch's stream there in a second script.
    @Test(arguments: TestStoreKind.allCases)
    func relaysEveryStudentsEventsAndEndsOnceAllHaveSettled(_ kind: TestStoreKind) async throws {
        let harness = try await APIHarness(store: kind)
        let token = try await APIHarness.token("a")
        let batch = try await Self.batch(harness, token: token)
        let stream = try await Self.open(harness, batch.id, token: token)
        try await stream.waitFor("event: accepted")
        _ = try await harness.store.appendEvent(taskID: batch.tasks[1], TaskEvent(type: "drafted", data: #"{"version":2}"#))
        try await stream.waitFor("event: drafted")
        try await Self.finish(harness, batch.tasks[0])
        try await Self.finish(harness, batch.tasks[1], .failed)
        let events = Self.events(try await stream.end())
        #expect(events.map(\.event) == ["accepted", "accepted", "drafted", "completed", "completed", "batch_completed"], "\(events)")
        // Whose each event is: the student's number and task, the task's own data as it was.
        let drafted = Self.json(events[2].data)
        #expect(drafted["number"] as? Int == 2 && drafted["taskId"] as? String == batch.tasks[1])
        #expect((drafted["data"] as? [String: Any])?["version"] as? Int == 2)
        #expect(Self.json(events[0].data)["number"] as? Int == 1)
        let end = Self.json(events[5].data)
        #expect(end["batchId"] as? String == batch.id)
        let progress = try #require(end["progress"] as? [String: Int])
        #expect(progress == ["total": 2, "completed": 1, "failed": 1, "deleted": 0])
        #expect(events.allSatisfy { $0.id != nil })
    }

    @Test func resumesAfterLastEventIDAndAFinishedBatchAnswers204() async throws {
        let harness = try await APIHarness()
        let token = try await APIHarness.token("a")
        let batch = try await Self.batch(harness, token: token)
        for task in batch.tasks { _ = try await harness.store.appendEvent(taskID: task, TaskEvent(type: "drafted", data: #"{"version":1}"#)) }
        try await Self.finish(harness, batch.tasks[0])
        let first = Self.events(try await Self.open(harness, batch.id, token: token).chunksUntil("event: completed"))
        let resumeFrom = try #require(first.last { $0.event == "completed" }?.id)
        try await Self.finish(harness, batch.tasks[1])
        let resumed = Self.events(try await Self.open(harness, batch.id, token: token, lastEventID: resumeFrom).end())
        #expect(resumed.map(\.event) == ["completed", "batch_completed"], "\(resumed)")
        #expect(Self.json(resumed[0].data)["number"] as? Int == 2)
        // Nothing after the end: 204, so EventSource stops; the whole stream replays from the start.
        let last = try #require(resumed.last?.id)
        #expect(await harness.call("GET", "/v1/batches/\(batch.id)/events", token: token, headers: ["last-event-id": last]).status == 204)
        let replay = Self.events(try await Self.open(harness, batch.id, token: token).end())
        #expect(replay.map(\.event) == ["accepted", "accepted", "drafted", "drafted", "completed", "completed", "batch_completed"])
        #expect(replay.filter { $0.event == "batch_completed" }.count == 1)
    }

    /// Two versions finish at once: one writes `completed` and relays it, the other's `version` reaches
    /// the batch's stream after the batch has ended. A client that read `batch_completed` is still done.
    @Test func aStudentsEventRelayedAfterTheEndLeavesTheEndTheEnd() async throws {
        let harness = try await APIHarness()
        let token = try await APIHarness.token("a")
        let batch = try await Self.batch(harness, token: token, count: 1)
        try await Self.finish(harness, batch.tasks[0])
        let events = Self.events(try await Self.open(harness, batch.id, token: token).end())
        #expect(events.last?.event == "batch_completed", "\(events)")
        _ = try await harness.store.appendEvent(taskID: batch.tasks[0], TaskEvent(type: "version", data: #"{"version":2}"#))
        let end = try #require(events.last?.id)
        #expect(await harness.call("GET", "/v1/batches/\(batch.id)/events", token: token, headers: ["last-event-id": end]).status == 204)
        // Resuming before the end reads up to it, and no further.
        let beforeEnd = try #require(events.dropLast().last?.id)
        let resumed = Self.events(try await Self.open(harness, batch.id, token: token, lastEventID: beforeEnd).end())
        #expect(resumed.map(\.event).last == "batch_completed", "\(resumed)")
    }

    @Test func aBadOrFutureLastEventIDIsRefused() async throws {
        let harness = try await APIHarness()
        let token = try await APIHarness.token("a")
        let batch = try await Self.batch(harness, token: token)
        for id in ["../x", "1-2-3", "18446744073709551616-0", "\(UInt64.max)-0"] {
            let answer = await harness.call("GET", "/v1/batches/\(batch.id)/events", token: token, headers: ["last-event-id": id])
            #expect(answer.status == 400, "\(id)")
            #expect((answer.json["error"] as? [String: Any])?["field"] as? String == "Last-Event-ID")
        }
    }

    @Test func anotherTeachersBatchIsNotFound() async throws {
        let harness = try await APIHarness()
        let batch = try await Self.batch(harness, token: try await APIHarness.token("a"))
        let other = await harness.call("GET", "/v1/batches/\(batch.id)/events", token: try await APIHarness.token("b"))
        #expect(other.status == 404)
        #expect(await harness.call("GET", "/v1/batches/\(String(repeating: "0", count: 32))/events", token: try await APIHarness.token("a")).status == 404)
        #expect(await harness.call("GET", "/v1/batches/\(batch.id)/events", token: nil).status == 401)
        #expect(await harness.call("POST", "/v1/batches/\(batch.id)/events", token: try await APIHarness.token("a")).status == 405)
    }

    @Test func batchStreamsShareTheTeachersStreamLimit() async throws {
        let harness = try await APIHarness(limits: APILimits(
            requestsPerMinute: 1000, tasksInFlight: 100, streamLifetime: .seconds(300), heartbeat: .milliseconds(200), streamsPerTeacher: 1))
        let token = try await APIHarness.token("a")
        let batch = try await Self.batch(harness, token: token)
        let open = try await Self.open(harness, batch.id, token: token)
        let refused = await harness.call("GET", "/v1/batches/\(batch.id)/events", token: token)
        #expect(refused.status == 429)
        #expect((refused.json["error"] as? [String: Any])?["code"] as? String == "too_many_streams")
        let task = await harness.call("GET", "/v1/tasks/\(batch.tasks[0])/events", token: token)
        #expect(task.status == 429)
        // Its place comes back when it ends.
        await open.close()
        let again = try await Self.open(harness, batch.id, token: token)
        await again.close()
    }

    @Test func aStudentDeletedOnItsOwnCountsAsSettled() async throws {
        let harness = try await APIHarness()
        let token = try await APIHarness.token("a")
        let batch = try await Self.batch(harness, token: token)
        let stream = try await Self.open(harness, batch.id, token: token)
        try await stream.waitFor("event: accepted")
        try await Self.finish(harness, batch.tasks[0])
        #expect(await harness.call("DELETE", "/v1/tasks/\(batch.tasks[1])", token: token).status == 204)
        // No event says so: the stream notices while idle (heartbeats are 200 ms here).
        let events = Self.events(try await stream.end())
        let end = try #require(events.last)
        #expect(end.event == "batch_completed")
        #expect(Self.json(end.data)["progress"] as? [String: Int] == ["total": 2, "completed": 1, "failed": 0, "deleted": 1])
    }

    @Test func theStreamEndsAtItsLifetimeWhileStudentsAreOpen() async throws {
        let harness = try await APIHarness(limits: APILimits(
            requestsPerMinute: 1000, tasksInFlight: 100, streamLifetime: .milliseconds(500), heartbeat: .milliseconds(100)))
        let token = try await APIHarness.token("a")
        let batch = try await Self.batch(harness, token: token)
        let events = Self.events(try await Self.open(harness, batch.id, token: token).end())
        #expect(events.map(\.event) == ["accepted", "accepted"])
    }

    @Test func deletingTheBatchRemovesItsStream() async throws {
        let harness = try await APIHarness()
        let token = try await APIHarness.token("a")
        let batch = try await Self.batch(harness, token: token)
        #expect(try await harness.store.lastBatchEventID(batchID: batch.id) != nil)
        #expect(await harness.call("DELETE", "/v1/batches/\(batch.id)", token: token).status == 204)
        #expect(try await harness.store.lastBatchEventID(batchID: batch.id) == nil)
        #expect(try await harness.store.appendBatchEvent(batchID: batch.id, TaskEvent(type: "batch_completed", data: "{}"), once: "completed") == nil)
    }
}

extension StreamReader {
    /// The chunks written until one contains `text`, then the stream closed as a browser going away would.
    func chunksUntil(_ text: String) async throws -> [String] {
        try await waitFor(text)
        await close()
        return chunks
    }
}
