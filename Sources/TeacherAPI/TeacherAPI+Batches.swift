import Foundation
import LambdaWire
import RecordRules
import Pipeline
import TaskStore
import TeacherAuth
import TimeUnits

/// Batches: a class's roster submitted at once, each student an ordinary task through the same
/// pipeline, the batch counted once against the teacher's in-flight limit. The stages' fairness
/// (`StageFairness`) still gives each teacher only a few places at a time, so a class of 200 waits
/// held behind its own first students, never in front of another teacher's task.
extension TeacherAPI {
    struct OwnedBatch {
        let record: BatchRecord
        let roster: BatchRoster
    }

    /// The batch if it exists and belongs to `teacher`; someone else's is simply not found.
    func ownedBatch(_ id: String, teacher: Teacher) async throws -> OwnedBatch {
        guard TaskID.isValid(id), let record = try await store.batch(id: id), record.owner == teacher.key,
              let roster = BatchRoster.decode(stored: record.rosterJSON)
        else { throw APIError.notFound("no batch \(id)") }
        return OwnedBatch(record: record, roster: roster)
    }

    func createBatch(_ request: HTTPAPIRequest, teacher: Teacher) async throws -> HTTPAPIResponse {
        let contentType = request.header("content-type")
        let submission: BatchSubmission
        if BatchUpload.accepts(contentType) {
            submission = try BatchUpload.parse(request)
        } else {
            do {
                try JSONContentType.require(contentType)
            } catch {
                throw APIError.unsupportedMediaType(
                    "send the roster as application/json or as a spreadsheet (\(BatchUpload.contentTypes.joined(separator: ", ")))")
            }
            // The query's settings belong to spreadsheet bodies; a JSON roster ignoring them would
            // draft with other settings than the teacher sent.
            let query = QueryParameters.of(request)
            if let setting = BatchUpload.parameters.first(where: { query[$0] != nil }) {
                throw APIError.invalid(setting, "\(setting) goes in the query only with a spreadsheet body; a JSON roster gives it in the body")
            }
            submission = try BatchBody.parse(request.bodyBytes())
        }
        let now = Date().millisecondsSince1970
        let batchID = TaskID.generate()
        // Each task names its batch, so its events are written to the batch's stream too.
        let tasks = submission.requests.map {
            TaskRecord(id: TaskID.generate(), requestJSON: $0.encoded(), createdAtMilliseconds: now, owner: teacher.key, batchID: batchID)
        }
        let roster = BatchRoster(
            section: submission.settings.section, subject: submission.settings.subject, targetBytes: submission.settings.targetBytes,
            ruleYear: submission.settings.ruleYear ?? RuleEdition.defaultYear,
            students: zip(submission.students, tasks).map { BatchRoster.Student(number: $0.number, name: $0.name, taskId: $1.id) })
        let batch = BatchRecord(id: batchID, owner: teacher.key, createdAtMilliseconds: now, rosterJSON: roster.encoded(), taskIDs: tasks.map(\.id))
        let admission = try await admit(teacher: teacher) {
            try await store.admitBatch(
                batch, tasks: tasks, teacher: teacher.key, inFlightLimit: limits.tasksInFlight, stageLimit: handOver.fairness.tasksPerTeacher,
                nowMilliseconds: now)
        }
        guard case .accepted(let handOverNow) = admission else {
            throw APIError.tooManyTasks(
                "\(limits.tasksInFlight) tasks or batches are still being drafted; wait for one to finish", retryAfter: Self.taskRetrySeconds)
        }
        for task in tasks {
            _ = try await store.appendEvent(taskID: task.id, TaskEvent(type: "accepted", data: "{\"taskId\":\"\(task.id)\"}"))
        }
        do {
            try await handOver.send(handOverNow)
            try await handOver.sendHeld(tasks.map(\.id).filter { !handOverNow.contains($0) })
        } catch {
            for task in tasks { try? await store.setTaskStatus(id: task.id, .failed, failureReason: "the draft queue could not be reached") }
            throw error
        }
        logger.info("batch accepted", metadata: [
            "batchId": "\(batch.id)", "students": "\(tasks.count)", "section": "\(submission.settings.section)",
        ])
        return JSONResponse.make(
            status: 202,
            BatchAccepted(
                batchId: batch.id, status: TaskStatus.queued.rawValue,
                tasks: roster.students.map { BatchAccepted.Task(number: $0.number, taskId: $0.taskId) }),
            headers: ["location": "/v1/batches/\(batch.id)"])
    }

    /// Every student in roster order with their task and versions; a task past its deadline is settled
    /// first, as reading it alone would.
    func students(of batch: OwnedBatch) async throws -> [BatchStudentState] {
        var states: [BatchStudentState] = []
        for student in batch.roster.students {
            var task = try await store.task(id: student.taskId)
            var versions: [VersionRecord] = []
            var choice: TaskChoice?
            if let found = task {
                task = try await watchdog.check(found)
                for number in 1...max(found.versionCount, 1) {
                    versions.append(try await store.version(taskID: found.id, version: number) ?? VersionRecord(number: number))
                }
                choice = try await store.choice(taskID: found.id)
            }
            states.append(BatchStudentState(
                number: student.number, name: student.name, taskID: student.taskId, task: task, versions: versions, choice: choice))
        }
        return states
    }

    /// Deletes every task of the batch (each leaving its tombstone, so no stage brings it back), frees
    /// their places in the stages, then deletes the batch itself.
    func deleteBatch(_ batch: OwnedBatch, teacher: Teacher) async throws -> HTTPAPIResponse {
        for id in batch.record.taskIDs { _ = try await store.deleteTask(id: id) }
        // Released only once all are gone, so no place goes to another student of this batch.
        for id in batch.record.taskIDs { try await handOver.release(teacher: teacher.key, taskID: id) }
        _ = try await store.deleteBatch(id: batch.record.id, teacher: teacher.key)
        logger.info("batch deleted", metadata: ["batchId": "\(batch.record.id)", "students": "\(batch.record.taskIDs.count)"])
        return HTTPAPIResponse(statusCode: 204, headers: ["cache-control": "no-store"])
    }
}

/// `202` to `POST /v1/batches`: the batch and each student's task, in roster order.
struct BatchAccepted: Encodable {
    struct Task: Encodable {
        let number: Int
        let taskId: String
    }

    let batchId: String
    let status: String
    let tasks: [Task]
}
