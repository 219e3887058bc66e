/// A fault switched on for a stage: every delivery to that stage fails with `reason` (retried, then
/// dead-lettered) until the switch is cleared or expires. For rehearsing dead-letter handling.
public struct StageFault: Sendable, Equatable, Codable {
    public var stage: PipelineStage
    public var reason: String
    /// Milliseconds until the switch turns itself off.
    public var remainingMilliseconds: Int64

    public init(stage: PipelineStage, reason: String, remainingMilliseconds: Int64) {
        self.stage = stage
        self.reason = reason
        self.remainingMilliseconds = remainingMilliseconds
    }
}
