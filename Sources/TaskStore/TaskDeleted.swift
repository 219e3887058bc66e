/// A write for a task the teacher has deleted: the store refused it, and nothing was written. The
/// pipeline drops the message that led to it.
package struct TaskDeleted: Error, Equatable, CustomStringConvertible {
    package let taskID: String

    package init(taskID: String) {
        self.taskID = taskID
    }

    package var description: String { "task \(taskID) was deleted" }
}
