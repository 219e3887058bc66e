/// How often and when each unit of stage work ran (attempts start with `ClaimStoring.claimAttempt`).
package protocol AttemptStoring: Sendable {
    /// Notes when and how the attempt ended and how long it took.
    func recordAttemptFinished(
        taskID: String, stage: PipelineStage, version: Int?, atMilliseconds: Int64, durationMilliseconds: Int64,
        outcome: AttemptOutcome) async throws
    /// Every stage unit's attempts, in stage then version order.
    func attempts(taskID: String) async throws -> [StageAttempts]
}
