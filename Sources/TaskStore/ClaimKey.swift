/// Names one unit of stage work for claims and done markers: the draft stage per task (before versions
/// exist), the later stages per task and version.
package struct ClaimKey: Sendable, Hashable, CustomStringConvertible {
    /// The claim key itself; the done marker is this plus `:done`.
    package let key: String
    package let taskID: String
    package let stage: PipelineStage
    /// nil for the draft stage, which works on the whole task.
    package let version: Int?

    package static func draft(taskID: String) -> ClaimKey {
        ClaimKey(key: TaskKeys.task(taskID) + ":draft", taskID: taskID, stage: .draft, version: nil)
    }

    package static func stage(_ stage: PipelineStage, taskID: String, version: Int) -> ClaimKey {
        ClaimKey(key: TaskKeys.version(taskID, version) + ":\(stage.rawValue)", taskID: taskID, stage: stage, version: version)
    }

    var doneKey: String { key + ":done" }

    package var description: String { key }
}
