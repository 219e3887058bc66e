/// A batch's event log: its students' events as `TaskEventLog.appendEvent` writes them, each naming
/// its task, and the batch's own.
package protocol BatchEventLog: Sendable {
    /// Appends the batch's own event (`batch_completed`) unless one with the same `once` key was, and
    /// only while the batch exists; the entry id, or nil.
    func appendBatchEvent(batchID: String, _ event: TaskEvent, once: String) async throws -> String?
    /// The batch's entries after `afterID` (all when nil), oldest first, at most `limit`.
    func batchEvents(batchID: String, after afterID: String?, limit: Int) async throws -> [TaskEvent]
    /// Like `batchEvents`, but waits up to `timeout` for an entry when none is there yet.
    func waitForBatchEvents(batchID: String, after afterID: String?, limit: Int, timeout: Duration) async throws -> [TaskEvent]
    /// The id of the batch's newest event, nil when it has none.
    func lastBatchEventID(batchID: String) async throws -> String?
}
