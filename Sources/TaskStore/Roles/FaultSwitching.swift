/// Per-stage fault switches, for rehearsing dead-letter handling.
package protocol FaultSwitching: Sendable {
    /// Makes every delivery to `stage` fail with `reason` until cleared or `ttl` passes.
    func setFault(stage: PipelineStage, reason: String, ttl: Duration) async throws
    /// Turns the switch off; false when it was not on.
    func clearFault(stage: PipelineStage) async throws -> Bool
    func fault(stage: PipelineStage) async throws -> StageFault?
}
