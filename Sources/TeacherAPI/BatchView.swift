import Foundation
import RecordRules
import TaskStore
import TimeUnits

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

    /// The teacher's pick for the student, without its text (which `GET /v1/tasks/<id>` shows).
    struct Choice: Encodable {
        let version: Int
        let edited: Bool
        let final: Bool
        let bytes: Int
        let passes: Bool?
    }

    struct Student: Encodable {
        let number: Int
        let name: String?
        let taskId: String
        let status: String
        let reason: String?
        let versions: [Version]
        let choice: Choice?
    }

    /// Students whose drafts are nearly the same (`DraftSimilarity`): each student's chosen draft, or
    /// their first completed version, against every other's.
    struct Sameness: Encodable {
        struct Pair: Encodable {
            /// The next-most-different version for one of the two (`DraftSimilarity.alternative`): choosing
            /// it (`PUT /v1/tasks/<taskId>/choice`) makes the pair this much alike instead.
            struct Alternative: Encodable {
                let number: Int
                let taskId: String
                let version: Int
                let score: Double
                /// Whether the pair would then be under the threshold.
                let clears: Bool
            }

            let numbers: [Int]
            let score: Double
            let alternative: Alternative?
        }

        let method: String
        let threshold: Double
        /// How many students' drafts were compared.
        let compared: Int
        let flagged: Int
        let pairs: [Pair]
    }

    let batchId: String
    let createdAt: String
    let section: String
    let subject: String?
    let targetBytes: Int?
    /// The 학년도 whose rules apply.
    let ruleYear: Int
    /// `queued` until a task runs, `running` until every task settled, then `completed`.
    let status: String
    let progress: Progress
    let students: [Student]
    /// Absent until at least two students have a draft.
    let sameness: Sameness?

    init(batch: BatchRecord, roster: BatchRoster, students: [BatchStudentState]) {
        batchId = batch.id
        createdAt = Self.timestamp(batch.createdAtMilliseconds)
        section = roster.section
        subject = roster.subject
        targetBytes = roster.targetBytes
        ruleYear = roster.ruleYear ?? RuleEdition.defaultYear
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
                },
                choice: student.choice.map {
                    Choice(version: $0.version, edited: $0.edited, final: $0.final, bytes: $0.bytes, passes: $0.report?.passes)
                })
        }
        sameness = students.filter { $0.draft != nil }.count < 2 ? nil : Sameness(students)
    }

    /// ISO 8601 in UTC, to the millisecond.
    static func timestamp(_ milliseconds: Int64) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: Date(millisecondsSince1970: milliseconds))
    }
}

extension BatchView.Sameness {
    init(_ students: [BatchStudentState]) {
        let drafts = students.compactMap { student in student.draft.map { (number: student.number, text: $0.text) } }
        let flagged = DraftSimilarity.flaggedPairs(drafts)
        let byNumber = Dictionary(students.map { ($0.number, $0) }) { first, _ in first }
        let texts = Dictionary(drafts.map { ($0.number, $0.text) }) { first, _ in first }
        // Only the students of a flagged pair need their other versions.
        var candidates: [Int: [DraftSimilarity.Candidate]] = [:]
        for number in Set(flagged.flatMap { [$0.first, $0.second] }) {
            guard let student = byNumber[number], let draft = student.draft else { continue }
            candidates[number] = student.versions.compactMap { version in
                guard version.status == .completed, version.number != draft.version, let text = version.text else { return nil }
                return DraftSimilarity.Candidate(number: number, version: version.number, text: text, passes: version.report?.passes ?? true)
            }
        }
        func rounded(_ score: Double) -> Double { (score * 1000).rounded() / 1000 }
        self.init(
            method: DraftSimilarity.method, threshold: DraftSimilarity.threshold, compared: drafts.count, flagged: flagged.count,
            pairs: flagged.map { pair in
                let alternative = DraftSimilarity.alternative(for: pair, drafts: texts, candidates: candidates).flatMap { found in
                    byNumber[found.number].map {
                        Pair.Alternative(
                            number: found.number, taskId: $0.taskID, version: found.version, score: rounded(found.score),
                            clears: found.score < DraftSimilarity.threshold)
                    }
                }
                return Pair(numbers: [pair.first, pair.second], score: rounded(pair.score), alternative: alternative)
            })
    }
}

/// One student of a batch as read from the store: the roster entry, the task (nil once deleted), its
/// versions and the teacher's choice.
struct BatchStudentState {
    /// The draft that stands for the student in the export and the sameness check.
    struct Draft {
        let version: Int
        let text: String
        let bytes: Int?
        let report: RuleReport?
    }

    let number: Int
    let name: String?
    let taskID: String
    let task: TaskRecord?
    let versions: [VersionRecord]
    let choice: TaskChoice?

    /// The teacher's choice as they left it, else the first completed version; nil when there is neither.
    var draft: Draft? {
        if let choice { return Draft(version: choice.version, text: choice.text, bytes: choice.bytes, report: choice.report) }
        guard let version = versions.first(where: { $0.status == .completed && $0.text != nil }), let text = version.text else { return nil }
        return Draft(version: version.number, text: text, bytes: version.bytes, report: version.report)
    }
}

extension VersionRecord {
    /// The stored rule report, when the version has one.
    var report: RuleReport? {
        reportJSON.flatMap { try? JSONDecoder().decode(RuleReport.self, from: Data($0.utf8)) }
    }
}
