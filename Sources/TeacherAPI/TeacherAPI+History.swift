import Foundation
import LambdaWire
import Pipeline
import TaskStore
import TeacherAuth
import TimeUnits

/// The teacher's own work, newest first, paged, for as long as the retention keeps it. The lists
/// carry what identifies an entry (section, subject, when, how far), never notes or names.
extension TeacherAPI {
    struct TaskSummary: Encodable {
        let taskId: String
        let status: String
        let section: String?
        let subject: String?
        let createdAt: String
    }

    struct BatchSummary: Encodable {
        let batchId: String
        let section: String
        let subject: String?
        let students: Int
        let createdAt: String
    }

    struct TaskList: Encodable {
        let tasks: [TaskSummary]
        let nextCursor: String?
    }

    struct BatchList: Encodable {
        let batches: [BatchSummary]
        let nextCursor: String?
    }

    func listTasks(_ request: HTTPAPIRequest, teacher: Teacher) async throws -> HTTPAPIResponse {
        let query = try WorkQuery(QueryParameters.of(request))
        let page = try await store.work(
            .tasks, teacher: teacher.key, after: query.cursor, limit: query.limit, nowMilliseconds: Date().millisecondsSince1970)
        var tasks: [TaskSummary] = []
        for entry in page.entries {
            guard let task = try await store.task(id: entry.id) else { continue }
            let asked = try? TaskRequest.decode(stored: task.requestJSON)
            tasks.append(TaskSummary(
                taskId: task.id, status: task.status.rawValue, section: asked?.section, subject: asked?.subject,
                createdAt: BatchView.timestamp(task.createdAtMilliseconds)))
        }
        return JSONResponse.make(status: 200, TaskList(tasks: tasks, nextCursor: WorkQuery.text(page.next)))
    }

    func listBatches(_ request: HTTPAPIRequest, teacher: Teacher) async throws -> HTTPAPIResponse {
        let query = try WorkQuery(QueryParameters.of(request))
        let page = try await store.work(
            .batches, teacher: teacher.key, after: query.cursor, limit: query.limit, nowMilliseconds: Date().millisecondsSince1970)
        var batches: [BatchSummary] = []
        for entry in page.entries {
            guard let batch = try await store.batch(id: entry.id), batch.owner == teacher.key,
                  let roster = BatchRoster.decode(stored: batch.rosterJSON)
            else { continue }
            batches.append(BatchSummary(
                batchId: batch.id, section: roster.section, subject: roster.subject, students: roster.students.count,
                createdAt: BatchView.timestamp(batch.createdAtMilliseconds)))
        }
        return JSONResponse.make(status: 200, BatchList(batches: batches, nextCursor: WorkQuery.text(page.next)))
    }
}
