/// Why a stage did not complete a message.
package enum PipelineError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The body cannot be a message of this queue; retried until it reaches the dead-letter queue.
    case malformedMessage(String)
    /// The stored request no longer validates (a task written by an older version, or tampered with).
    case invalidRequest(String)
    /// A configuration value the function needs is missing or wrong.
    case configuration(String)

    package var description: String {
        switch self {
        case .malformedMessage(let reason): "malformed message: \(reason)"
        case .invalidRequest(let reason): "stored request is invalid: \(reason)"
        case .configuration(let reason): "configuration: \(reason)"
        }
    }
}
