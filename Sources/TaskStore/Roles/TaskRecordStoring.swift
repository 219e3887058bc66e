/// The task hash itself: what the teacher asked for and where the task stands, and deleting it all.
package protocol TaskRecordStoring: Sendable {
    func createTask(_ task: TaskRecord) async throws
    func task(id: String) async throws -> TaskRecord?
    func setTaskStatus(id: String, _ status: TaskStatus, failureReason: String?) async throws
    /// Removes every key of the task at once and leaves its tombstone (no text) for the retention, so
    /// no later write brings any of it back; false when there was no such task.
    func deleteTask(id: String) async throws -> Bool
}
