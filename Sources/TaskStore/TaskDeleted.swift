/// A write for a task the teacher has deleted: the store refused it, and nothing was written. The
/// pipeline drops the message that led to it.
public struct TaskDeleted: Error, Equatable, CustomStringConvertible {
    public let taskID: String

    public init(taskID: String) {
        self.taskID = taskID
    }

    public var description: String { "task \(taskID) was deleted" }
}
