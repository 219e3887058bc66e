import Foundation
import LambdaWire
import Logging
import Pipeline
import RecordRules
import TaskStore
import TeacherAuth
import TimeUnits

/// The teacher-facing HTTP API behind the api function. Every `/v1` call needs a bearer token; a task
/// belongs to the teacher who created it and is invisible (404) to everyone else.
package struct TeacherAPI: Sendable {
    let store: any TaskStoring
    let authenticator: Authenticator
    let limits: APILimits
    let prices: ModelPrices
    let engine: EngineView
    let logger: Logger
    let watchdog: TaskWatchdog
    let handOver: StageHandOver

    package init(
        store: any TaskStoring, queues: any QueueSending, draftQueueURL: String, authenticator: Authenticator,
        limits: APILimits = APILimits(), fairness: StageFairness = StageFairness(), prices: ModelPrices = ModelPrices(),
        model: ModelEndpoint? = nil, logger: Logger
    ) {
        self.prices = prices
        engine = EngineView(model)
        self.store = store
        self.authenticator = authenticator
        self.limits = limits
        self.logger = logger
        handOver = StageHandOver(store: store, queues: queues, draftQueueURL: draftQueueURL, fairness: fairness, logger: logger)
        watchdog = TaskWatchdog(store: store, bound: limits.taskDeadline, handOver: handOver, logger: logger)
    }

    package func handle(_ request: HTTPAPIRequest) async -> APIResult {
        switch await answer(request) {
        case .response(var response):
            // Every answer, errors included, carries the security headers; the page keeps its own policy.
            response.headers = SecurityHeaders.api.merging(response.headers ?? [:]) { $1 }
            return .response(response)
        case .events(let stream):
            return .events(stream)
        }
    }

    private func answer(_ request: HTTPAPIRequest) async -> APIResult {
        do {
            return try await route(request)
        } catch let error as APIError {
            return .response(error.response)
        } catch {
            // The store or the queue is unreachable: say so, never a 500.
            logger.error("request failed", metadata: ["path": "\(request.rawPath)", "error": "\(error)"])
            return .response(APIError.unavailable("the service is temporarily unavailable; try again shortly").response)
        }
    }

    private func route(_ request: HTTPAPIRequest) async throws -> APIResult {
        let method = request.requestContext.http.method.uppercased()
        let path = request.rawPath.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        if path.isEmpty || path == ["index.html"] {
            guard method == "GET" || method == "HEAD" else { throw APIError.methodNotAllowed("GET") }
            return .response(HTTPAPIResponse(statusCode: 200, headers: TeacherPage.headers, body: TeacherPage.html))
        }
        if path == ["openapi.json"] {
            guard method == "GET" else { throw APIError.methodNotAllowed("GET") }
            return .response(HTTPAPIResponse(
                statusCode: 200, headers: ["content-type": "application/json; charset=utf-8"], body: OpenAPIDocument.json))
        }
        guard path.first == "v1" else { throw APIError.notFound("no route for \(method) \(request.rawPath)") }

        let route = Route(Array(path.dropFirst()))
        guard route != .unknown else { throw APIError.notFound("no route for \(method) \(request.rawPath)") }
        guard route.methods.contains(method) else { throw APIError.methodNotAllowed(route.methods.joined(separator: ", ")) }

        let teacher = try await authenticate(request)
        try await countRequest(teacher)
        switch (route, method) {
        case (.sections, _):
            return .response(JSONResponse.make(status: 200, SectionsView(try SectionsView.edition(query: QueryParameters.of(request)))))
        case (.engine, _):
            return .response(JSONResponse.make(status: 200, engine))
        case (.check, _):
            try JSONContentType.require(request.header("content-type"))
            let (text, options) = try CheckBody.parse(request.bodyBytes())
            return .response(JSONResponse.make(status: 200, RuleChecker(options: options).check(text)))
        case (.tasks, "GET"):
            return .response(try await listTasks(request, teacher: teacher))
        case (.tasks, _):
            return .response(try await createTask(request, teacher: teacher))
        case (.batches, "GET"):
            return .response(try await listBatches(request, teacher: teacher))
        case (.batches, _):
            return .response(try await createBatch(request, teacher: teacher))
        case (.batch(let id), "DELETE"):
            return .response(try await deleteBatch(try await ownedBatch(id, teacher: teacher), teacher: teacher))
        case (.batch(let id), _):
            let batch = try await ownedBatch(id, teacher: teacher)
            let students = try await students(of: batch)
            return .response(JSONResponse.make(status: 200, BatchView(batch: batch.record, roster: batch.roster, students: students)))
        case (.batchExport(let id), _):
            let batch = try await ownedBatch(id, teacher: teacher)
            let students = try await students(of: batch)
            return .response(try BatchExport.response(batchID: id, students: students, query: QueryParameters.of(request)))
        case (.batchEvents(let id), _):
            return try await batchEvents(
                try await ownedBatch(id, teacher: teacher), teacher: teacher, lastEventID: request.headers["last-event-id"])
        case (.task(let id), "DELETE"):
            _ = try await ownedTask(id, teacher: teacher)
            _ = try await store.deleteTask(id: id)
            logger.info("task deleted", metadata: ["taskId": "\(id)"])
            // A task deleted in the stages frees its place for the teacher's next held one now.
            try await handOver.release(teacher: teacher.key, taskID: id)
            return .response(HTTPAPIResponse(statusCode: 204, headers: ["cache-control": "no-store"]))
        case (.task(let id), _):
            return .response(try await readTask(try await ownedTask(id, teacher: teacher)))
        case (.choice(let id), _):
            return .response(try await choose(request, task: try await ownedTask(id, teacher: teacher)))
        case (.events(let id), _):
            return try await events(
                task: try await ownedTask(id, teacher: teacher), teacher: teacher, lastEventID: request.headers["last-event-id"])
        case (.unknown, _):
            throw APIError.notFound("no route for \(method) \(request.rawPath)")
        }
    }

    private func authenticate(_ request: HTTPAPIRequest) async throws(APIError) -> Teacher {
        do {
            return try await authenticator.teacher(authorization: request.headers["authorization"])
        } catch {
            if error.reason == .notConfigured {
                throw APIError.unavailable(error.description)
            }
            let challenge = error.reason == .missing ? "Bearer realm=\"recordline\"" : "Bearer realm=\"recordline\", error=\"invalid_token\""
            throw APIError(status: 401, code: "unauthorized", message: error.description, field: nil, headers: ["www-authenticate": challenge])
        }
    }

    private func countRequest(_ teacher: Teacher) async throws {
        let count = try await store.countRequest(teacher: teacher.key, window: .seconds(60))
        guard count <= limits.requestsPerMinute else {
            let secondsIntoMinute = Int(Date().timeIntervalSince1970) % 60
            throw APIError.tooManyRequests("more than \(limits.requestsPerMinute) requests in a minute", retryAfter: 60 - secondsIntoMinute)
        }
    }

    /// The task if it exists and belongs to `teacher`; someone else's task is simply not found. A task
    /// past its deadline is settled first, so the teacher never waits on it.
    private func ownedTask(_ id: String, teacher: Teacher) async throws -> TaskRecord {
        guard TaskID.isValid(id), let task = try await store.task(id: id), task.owner == teacher.key else {
            throw APIError.notFound("no task \(id)")
        }
        return try await watchdog.check(task)
    }

    /// Admits the task (`AdmissionStoring.admitTask`).
    private func admit(_ task: TaskRecord, teacher: Teacher) async throws -> TaskAdmission {
        try await admit(teacher: teacher) {
            try await store.admitTask(
                task, teacher: teacher.key, inFlightLimit: limits.tasksInFlight, stageLimit: handOver.fairness.tasksPerTeacher,
                nowMilliseconds: task.createdAtMilliseconds)
        }
    }

    /// Runs an admission. At the limit, the teacher's overdue tasks (their own and their recent
    /// batches') are settled and the admission tried once more: a task stuck for any reason must not
    /// hold a place forever.
    func admit(teacher: Teacher, _ attempt: () async throws -> TaskAdmission) async throws -> TaskAdmission {
        let admission = try await attempt()
        guard case .refused = admission else { return admission }
        var ids = try await store.recentTasks(teacher: teacher.key, limit: 100)
        let now = Date().millisecondsSince1970
        for entry in try await store.work(.batches, teacher: teacher.key, after: nil, limit: limits.tasksInFlight, nowMilliseconds: now).entries {
            ids += try await store.batch(id: entry.id)?.taskIDs ?? []
        }
        var settled = false
        for id in ids {
            guard let recent = try await store.task(id: id), recent.status == .queued || recent.status == .running else { continue }
            if try await watchdog.check(recent).status != recent.status { settled = true }
        }
        return settled ? try await attempt() : admission
    }

    private func createTask(_ request: HTTPAPIRequest, teacher: Teacher) async throws -> HTTPAPIResponse {
        try JSONContentType.require(request.header("content-type"))
        let taskRequest = try CreateTaskBody.parse(request.bodyBytes())
        let id = TaskID.generate()
        let task = TaskRecord(
            id: id, requestJSON: taskRequest.encoded(), createdAtMilliseconds: Date().millisecondsSince1970, owner: teacher.key)
        guard case .accepted(let handOverNow) = try await admit(task, teacher: teacher) else {
            throw APIError.tooManyTasks(
                "\(limits.tasksInFlight) tasks or batches are still being drafted; wait for one to finish", retryAfter: Self.taskRetrySeconds)
        }
        _ = try await store.appendEvent(taskID: id, TaskEvent(type: "accepted", data: "{\"taskId\":\"\(id)\"}"))
        do {
            try await handOver.send(handOverNow)
            if !handOverNow.contains(id) { try await handOver.sendHeld([id]) }
        } catch {
            try? await store.setTaskStatus(id: id, .failed, failureReason: "the draft queue could not be reached")
            throw error
        }
        logger.info("task accepted", metadata: [
            "taskId": "\(id)", "section": "\(taskRequest.section)", "held": "\(!handOverNow.contains(id))",
        ])
        return JSONResponse.make(status: 202, ["taskId": id, "status": TaskStatus.queued.rawValue], headers: ["location": "/v1/tasks/\(id)"])
    }

    /// A task of the offline engine takes well under a second; one with a model, a few seconds.
    static let taskRetrySeconds = 5

    private func readTask(_ task: TaskRecord) async throws -> HTTPAPIResponse {
        var versions: [VersionRecord] = []
        for number in 1...max(task.versionCount, 1) {
            versions.append(try await store.version(taskID: task.id, version: number) ?? VersionRecord(number: number))
        }
        return JSONResponse.make(status: 200, TaskView(
            task: task, versions: versions, choice: try await store.choice(taskID: task.id), usage: try await store.usage(taskID: task.id),
            prices: prices))
    }

    private func events(task: TaskRecord, teacher: Teacher, lastEventID: String?) async throws -> APIResult {
        if let lastEventID {
            guard let resumed = StreamID(lastEventID) else {
                throw APIError.invalid(
                    "Last-Event-ID",
                    "Last-Event-ID must be an event id <milliseconds>-<sequence>, each at most \(UInt64.max), such as 1700000000000-0")
            }
            // An id past the task's last event names nothing this task sent: the stream would wait
            // for events after it that may never come, so the client is told instead.
            let last = try await store.lastEventID(taskID: task.id)
            guard let last, let newest = StreamID(last), resumed <= newest else {
                throw APIError.invalid(
                    "Last-Event-ID", "Last-Event-ID \(lastEventID) is past the task's last event (\(last ?? "none")); reconnect without it")
            }
        }
        // A finished task with nothing left to send: 204 tells EventSource to stop reconnecting.
        if task.status == .completed || task.status == .failed,
           try await store.events(taskID: task.id, after: lastEventID, limit: 1).isEmpty
        {
            return .response(HTTPAPIResponse(statusCode: 204, headers: ["cache-control": "no-store"]))
        }
        let lease = try await streamLease(teacher: teacher)
        return .events(EventStream(
            taskID: task.id, lastEventID: lastEventID, store: store, heartbeat: limits.heartbeat, lifetime: limits.streamLifetime,
            lease: lease))
    }

    /// A place for one more event stream among the teacher's and all teachers' (`APILimits`), or 429.
    func streamLease(teacher: Teacher) async throws -> StreamLease {
        let lease = StreamLease(store: store, teacher: teacher.key, id: UUID().uuidString)
        let admission = try await store.acquireStream(
            teacher: teacher.key, lease: lease.id, lifetime: limits.streamLifetime, perTeacher: limits.streamsPerTeacher,
            total: limits.streamsInTotal, nowMilliseconds: Date().millisecondsSince1970)
        if case .refused(let limit, let wait) = admission {
            let seconds = Int(wait.components.seconds) + (wait.components.attoseconds > 0 ? 1 : 0)
            switch limit {
            case .teacher:
                throw APIError.tooManyStreams(
                    "\(limits.streamsPerTeacher) event streams are already open for this account; close one or wait for one to end",
                    retryAfter: seconds)
            case .total:
                throw APIError.tooManyStreams("the service has as many event streams open as it takes; try again shortly", retryAfter: seconds)
            }
        }
        return lease
    }
}
