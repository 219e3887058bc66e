/// A fault switched on for a stage: every delivery to that stage fails with `reason` (retried, then
/// dead-lettered) until the switch is cleared or expires. For rehearsing dead-letter handling.
package struct StageFault: Sendable, Equatable, Codable {
    package var stage: PipelineStage
    package var reason: String
    /// Milliseconds until the switch turns itself off.
    package var remainingMilliseconds: Int64

    package init(stage: PipelineStage, reason: String, remainingMilliseconds: Int64) {
        self.stage = stage
        self.reason = reason
        self.remainingMilliseconds = remainingMilliseconds
    }
}
