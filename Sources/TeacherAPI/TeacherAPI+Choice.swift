import Foundation
import LambdaWire
import Pipeline
import RecordRules
import TaskStore
import TimeUnits

/// The teacher's pick among a task's versions. An edited text is checked as `POST /v1/check` checks
/// a text, against the task's own settings, names and notes: what goes into NEIS is what the teacher
/// wrote last, so its findings are the ones that matter, and the export shows them.
extension TeacherAPI {
    func choose(_ request: HTTPAPIRequest, task: TaskRecord) async throws -> HTTPAPIResponse {
        try JSONContentType.require(request.header("content-type"))
        let body = try ChoiceBody.parse(request.bodyBytes())
        let versionCount = max(task.versionCount, 1)
        guard (1...versionCount).contains(body.version) else {
            throw APIError.invalid("version", "version must be 1 to \(versionCount), not \(body.version)")
        }
        let record = try await store.version(taskID: task.id, version: body.version)
        guard let record, record.status == .completed, let drafted = record.text else {
            let state = record?.status ?? .pending
            let why = record?.failureReason.map { " (\($0))" } ?? ""
            throw APIError(
                status: 409, code: "version_not_ready",
                message: state == .failed
                    ? "version \(body.version) failed\(why); choose another version"
                    : "version \(body.version) is not completed yet (\(state.rawValue)); choose it once it is",
                field: "version")
        }
        let text = body.text ?? drafted
        let report = RuleChecker(options: try Self.checkOptions(of: task)).check(text)
        let choice = TaskChoice(
            version: body.version, text: text, edited: text != drafted, final: body.final ?? false, bytes: report.bytes,
            reportJSON: String(decoding: try JSONEncoder().encode(report), as: UTF8.self),
            chosenAtMilliseconds: Date().millisecondsSince1970)
        do {
            guard try await store.setChoice(taskID: task.id, choice) else { throw APIError.notFound("no task \(task.id)") }
        } catch is TaskDeleted {
            throw APIError.notFound("no task \(task.id)")
        }
        // The text is the student's record: only what describes it is logged.
        logger.info("choice stored", metadata: [
            "taskId": "\(task.id)", "version": "\(choice.version)", "edited": "\(choice.edited)", "final": "\(choice.final)",
            "bytes": "\(choice.bytes)", "passes": "\(report.passes)",
        ])
        return JSONResponse.make(status: 200, ChoiceView(choice))
    }

    /// What the task's drafts were checked against: its section and settings (the 학년도 and budget
    /// among them), the student's names and the notes.
    static func checkOptions(of task: TaskRecord) throws -> CheckOptions {
        try TaskRequest.decode(stored: task.requestJSON).checkOptions()
    }
}
