/// Admitting a teacher's tasks against their in-flight limit and handing them to the stages a few at
/// a time.
package protocol AdmissionStoring: Sendable {
    /// In one step: counts the teacher's queued and running tasks and, below `inFlightLimit`, creates
    /// `task`, remembers it as theirs and queues it behind their held tasks; then gives the teacher's
    /// oldest waiting tasks the places they have in the stages (at most `stageLimit` at once).
    /// Concurrent calls never admit more than the limit.
    func admitTask(_ task: TaskRecord, teacher: String, inFlightLimit: Int, stageLimit: Int, nowMilliseconds: Int64) async throws
        -> TaskAdmission
    /// Like `admitTask` for a whole roster, counted as one in the in-flight limit: creates the batch
    /// and every task of it, queues the tasks behind the teacher's held ones in roster order, and
    /// gives the oldest waiting tasks their places in the stages.
    func admitBatch(
        _ batch: BatchRecord, tasks: [TaskRecord], teacher: String, inFlightLimit: Int, stageLimit: Int, nowMilliseconds: Int64
    ) async throws -> TaskAdmission
    /// The task settled: its place in the stages goes to the teacher's oldest held tasks, whose ids
    /// are returned to be handed to the draft queue. Repeating it is harmless.
    func releaseStage(teacher: String, taskID: String, stageLimit: Int, nowMilliseconds: Int64) async throws -> [String]
}
