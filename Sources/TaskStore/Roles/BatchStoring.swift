/// Batches as records, and a teacher's history of tasks and batches.
package protocol BatchStoring: Sendable {
    func batch(id: String) async throws -> BatchRecord?
    /// Removes the batch's own keys and its place in the teacher's list (its tasks are deleted one by
    /// one with `deleteTask`); false when there was no such batch.
    func deleteBatch(id: String, teacher: String) async throws -> Bool
    /// The teacher's tasks (those not in a batch) or batches, newest first, at most `limit`, starting
    /// after `cursor`; entries whose data is gone are dropped from the list as they are met.
    func work(_ kind: WorkKind, teacher: String, after cursor: WorkPage.Cursor?, limit: Int, nowMilliseconds: Int64) async throws
        -> WorkPage
}
