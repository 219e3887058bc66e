import Foundation
import RecordRules
import TaskStore

/// `GET /v1/batches/<id>`: the batch's progress and, in roster order, each student's task and versions.
struct BatchView: Encodable {
    struct Progress: Encodable {
        var total = 0
        var queued = 0
        var running = 0
        var completed = 0
        var failed = 0
        /// Students whose task was deleted on its own.
        var deleted = 0
    }

    struct Version: Encodable {
        let version: Int
        let status: String
        let text: String?
        let bytes: Int?
        let passes: Bool?
        let reason: String?
    }

    struct Student: Encodable {
        let number: Int
        let name: String?
        let taskId: String
        let status: String
        let reason: String?
        let versions: [Version]
    }

    let batchId: String
    let createdAt: String
    let section: String
    let subject: String?
    let targetBytes: Int?
    /// `queued` until a task runs, `running` until every task settled, then `completed`.
    let status: String
    let progress: Progress
    let students: [Student]

    init(batch: BatchRecord, roster: BatchRoster, students: [BatchStudentState]) {
        batchId = batch.id
        createdAt = Self.timestamp(batch.createdAtMilliseconds)
        section = roster.section
        subject = roster.subject
        targetBytes = roster.targetBytes
        var progress = Progress(total: students.count)
        for student in students {
            switch student.task?.status {
            case .queued: progress.queued += 1
            case .running: progress.running += 1
            case .completed: progress.completed += 1
            case .failed: progress.failed += 1
            case nil: progress.deleted += 1
            }
        }
        self.progress = progress
        status = progress.queued + progress.running == 0 ? "completed" : progress.queued == progress.total ? "queued" : "running"
        self.students = students.map { student in
            Student(
                number: student.number, name: student.name, taskId: student.taskID, status: student.task?.status.rawValue ?? "deleted",
                reason: student.task?.failureReason,
                versions: student.versions.map { record in
                    Version(
                        version: record.number, status: record.status.rawValue, text: record.text, bytes: record.bytes,
                        passes: record.report?.passes, reason: record.failureReason)
                })
        }
    }

    /// ISO 8601 in UTC, to the millisecond.
    static func timestamp(_ milliseconds: Int64) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: Date(timeIntervalSince1970: Double(milliseconds) / 1000))
    }
}

/// One student of a batch as read from the store: the roster entry, the task (nil once deleted)
/// and its versions.
struct BatchStudentState {
    let number: Int
    let name: String?
    let taskID: String
    let task: TaskRecord?
    let versions: [VersionRecord]
}

extension VersionRecord {
    /// The stored rule report, when the version has one.
    var report: RuleReport? {
        reportJSON.flatMap { try? JSONDecoder().decode(RuleReport.self, from: Data($0.utf8)) }
    }
}
