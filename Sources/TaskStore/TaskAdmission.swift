/// What admitting a teacher's new task came to.
package enum TaskAdmission: Sendable, Equatable {
    /// The teacher has `inFlight` tasks queued or running, at their limit: nothing was written.
    case refused(inFlight: Int)
    /// The task was created. `handOver` are the teacher's tasks (the new one among them, or older held
    /// ones) that now have a place in the stages and go to the draft queue; the new task waits held
    /// when it is not among them.
    case accepted(handOver: [String])
}
