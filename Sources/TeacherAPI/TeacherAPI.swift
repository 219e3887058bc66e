import Foundation
import LambdaWire
import Logging
import Pipeline
import TaskStore

/// The teacher-facing HTTP API behind the api function: create a task, read its state.
public struct TeacherAPI: Sendable {
    let store: any TaskStoring
    let queues: any QueueSending
    let draftQueueURL: String
    let logger: Logger

    public init(store: any TaskStoring, queues: any QueueSending, draftQueueURL: String, logger: Logger) {
        self.store = store
        self.queues = queues
        self.draftQueueURL = draftQueueURL
        self.logger = logger
    }

    public func handle(_ request: HTTPAPIRequest) async -> HTTPAPIResponse {
        let method = request.requestContext.http.method.uppercased()
        let segments = request.rawPath.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        do {
            switch (segments.first, segments.dropFirst().first, segments.count) {
            case ("v1", "tasks", 2):
                guard method == "POST" else { throw Self.methodNotAllowed("POST") }
                return try await createTask(request)
            case ("v1", "tasks", 3):
                guard method == "GET" else { throw Self.methodNotAllowed("GET") }
                return try await readTask(id: segments[2])
            default:
                throw APIError.notFound("no route for \(method) \(request.rawPath)")
            }
        } catch let error as APIError {
            return error.response
        } catch {
            // The store or the queue is unreachable: say so, never a 500.
            logger.error("request failed", metadata: ["path": "\(request.rawPath)", "error": "\(error)"])
            return APIError.unavailable("the service is temporarily unavailable; try again shortly").response
        }
    }

    private static func methodNotAllowed(_ allowed: String) -> APIError {
        APIError(status: 405, code: "method_not_allowed", message: "use \(allowed)", field: nil, headers: ["allow": allowed])
    }

    private func createTask(_ request: HTTPAPIRequest) async throws -> HTTPAPIResponse {
        let taskRequest = try CreateTaskBody.parse(request.bodyBytes())
        let id = TaskID.generate()
        let now = Int64(Date().timeIntervalSince1970 * 1000)
        try await store.createTask(TaskRecord(id: id, requestJSON: taskRequest.encoded(), createdAtMilliseconds: now))
        do {
            try await queues.send([StageMessage(stage: .draft, taskId: id).encoded()], to: draftQueueURL)
        } catch {
            try? await store.setTaskStatus(id: id, .failed, failureReason: "the draft queue could not be reached")
            throw error
        }
        _ = try? await store.appendEvent(taskID: id, TaskEvent(type: "accepted", data: "{\"taskId\":\"\(id)\"}"))
        logger.info("task accepted", metadata: ["taskId": "\(id)", "section": "\(taskRequest.section)"])
        return JSONResponse.make(status: 202, ["taskId": id, "status": TaskStatus.queued.rawValue], headers: ["location": "/v1/tasks/\(id)"])
    }

    private func readTask(id: String) async throws -> HTTPAPIResponse {
        guard TaskID.isValid(id), let task = try await store.task(id: id) else {
            throw APIError.notFound("no task \(id)")
        }
        var versions: [VersionRecord] = []
        for number in 1...max(task.versionCount, 1) {
            versions.append(try await store.version(taskID: id, version: number) ?? VersionRecord(number: number))
        }
        return JSONResponse.make(status: 200, TaskView(task: task, versions: versions))
    }
}
