/// A task's event log: appended by the stages and the API, read and waited on by the SSE stream.
/// Entry ids are `<milliseconds>-<sequence>` and grow with every append.
package protocol TaskEventLog: Sendable {
    /// Appends to `task:<id>:events`; returns the entry id. A task in a batch has the event written to
    /// the batch's log too, naming the task.
    func appendEvent(taskID: String, _ event: TaskEvent) async throws -> String
    /// Appends the event unless one with the same `once` key was appended for this task before
    /// (atomically): a stage repeated after a crash does not repeat its event. Returns the entry id,
    /// nil when it was already there.
    func appendEvent(taskID: String, _ event: TaskEvent, once: String) async throws -> String?
    /// Entries after `afterID` (all when nil), oldest first, at most `limit`.
    func events(taskID: String, after afterID: String?, limit: Int) async throws -> [TaskEvent]
    /// Like `events`, but waits up to `timeout` for an entry when none is there yet.
    func waitForEvents(taskID: String, after afterID: String?, limit: Int, timeout: Duration) async throws -> [TaskEvent]
    /// The id of the task's newest event, nil when it has none.
    func lastEventID(taskID: String) async throws -> String?
    /// The task's newest event, nil when it has none.
    func lastEvent(taskID: String) async throws -> TaskEvent?
}
