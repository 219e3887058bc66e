/// One entry of a task's event stream, as the SSE endpoint relays it.
package struct TaskEvent: Sendable, Equatable {
    /// The stream entry id (`<ms>-<seq>`), usable as an SSE `id:` and `Last-Event-ID`; nil before appending.
    package var id: String?
    /// The SSE event name, e.g. `version.completed`.
    package var type: String
    /// The SSE data, normally JSON.
    package var data: String
    /// In a batch's stream: the student's task the event is about; nil for the batch's own events.
    package var taskID: String?

    package init(id: String? = nil, type: String, data: String, taskID: String? = nil) {
        self.id = id
        self.type = type
        self.data = data
        self.taskID = taskID
    }

    /// The `once` key of a task's `completed` event: one per number of completed versions, so a task
    /// whose failed versions complete after a redrive is announced again.
    package static func completedOnceKey(completedVersions: Int) -> String { "completed:\(completedVersions)" }
}
