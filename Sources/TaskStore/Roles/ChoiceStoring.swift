/// The version the teacher picked for a task.
package protocol ChoiceStoring: Sendable {
    /// Stores (replacing any before) the version the teacher picked, to expire with the task; false
    /// when the task is gone.
    func setChoice(taskID: String, _ choice: TaskChoice) async throws -> Bool
    func choice(taskID: String) async throws -> TaskChoice?
}
