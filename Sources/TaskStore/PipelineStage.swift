/// The queue-driven stages; each one claims its unit of work before running it.
package enum PipelineStage: String, Sendable, CaseIterable, Codable {
    case draft
    case refine
    case finalize
}
