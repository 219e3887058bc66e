/// The batch hash `batch:<id>` and its task list `batch:<id>:tasks`: one class's roster submitted at
/// once, each student an ordinary task.
package struct BatchRecord: Sendable, Equatable {
    package var id: String
    /// The teacher the batch belongs to; nobody else may read, export or delete it.
    package var owner: String
    package var createdAtMilliseconds: Int64
    /// The settings and the roster (numbers and names) as the API serialised them (JSON); opaque to
    /// the store. Personal data.
    package var rosterJSON: String
    /// The students' tasks, in roster order.
    package var taskIDs: [String]

    package init(id: String, owner: String, createdAtMilliseconds: Int64, rosterJSON: String, taskIDs: [String]) {
        self.id = id
        self.owner = owner
        self.createdAtMilliseconds = createdAtMilliseconds
        self.rosterJSON = rosterJSON
        self.taskIDs = taskIDs
    }
}
