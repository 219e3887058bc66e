import Foundation
import RecordRules
import TaskStore

/// `GET /v1/tasks/<id>`: the task and its versions as the teacher sees them.
struct TaskView: Encodable {
    struct Version: Encodable {
        let version: Int
        let status: String
        let text: String?
        let bytes: Int?
        let report: RuleReport?
        let reason: String?
    }

    let taskId: String
    let status: String
    let reason: String?
    let versions: [Version]

    init(task: TaskRecord, versions: [VersionRecord]) {
        taskId = task.id
        status = task.status.rawValue
        reason = task.failureReason
        self.versions = versions.map { record in
            Version(
                version: record.number, status: record.status.rawValue, text: record.text, bytes: record.bytes,
                report: record.reportJSON.flatMap { try? JSONDecoder().decode(RuleReport.self, from: Data($0.utf8)) },
                reason: record.failureReason)
        }
    }
}
