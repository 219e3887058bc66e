/// How the stages are shared between teachers: each teacher has at most `tasksPerTeacher` tasks in
/// the stage queues at once; the rest of theirs wait, held, and are handed to the draft queue one by
/// one as theirs settle. Another teacher's task so waits behind at most `tasksPerTeacher` tasks of
/// each teacher, never behind a whole class. A held task's message is also sent at once with the
/// delay `heldTaskBound`, so it reaches the stages by then even when no release ever comes (the
/// settling invocation crashed, its send failed).
package struct StageFairness: Sendable, Equatable {
    package var tasksPerTeacher: Int
    /// At most 15 minutes, SQS's longest delay.
    package var heldTaskBound: Duration

    package static let longestDelay = Duration.seconds(900)

    package init(tasksPerTeacher: Int = 3, heldTaskBound: Duration = .seconds(300)) {
        self.tasksPerTeacher = tasksPerTeacher
        self.heldTaskBound = min(heldTaskBound, Self.longestDelay)
    }

    /// `RECORDLINE_MAX_TASKS_IN_STAGES` (default 3) and `RECORDLINE_HELD_TASK_SECONDS` (default 300, at most 900).
    package static func fromEnvironment(_ environment: [String: String]) throws(PipelineError) -> StageFairness {
        var fairness = StageFairness()
        if let text = environment["RECORDLINE_MAX_TASKS_IN_STAGES"] {
            guard let value = Int(text), value >= 1 else {
                throw .configuration("RECORDLINE_MAX_TASKS_IN_STAGES must be a positive number, got '\(text)'")
            }
            fairness.tasksPerTeacher = value
        }
        if let text = environment["RECORDLINE_HELD_TASK_SECONDS"] {
            guard let value = Int(text), (1...900).contains(value) else {
                throw .configuration("RECORDLINE_HELD_TASK_SECONDS must be 1 to 900 (SQS's longest delay), got '\(text)'")
            }
            fairness.heldTaskBound = .seconds(value)
        }
        return fairness
    }
}
