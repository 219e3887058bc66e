/// Which engine wrote a stage's output: recorded per version and stage, shown to the teacher.
package enum Producer: Sendable, Equatable, Hashable, CustomStringConvertible {
    case offline
    case model(String)

    /// `offline` or `model:<name>`, as the task store keeps it.
    package var description: String {
        switch self {
        case .offline: "offline"
        case .model(let name): "model:\(name)"
        }
    }
}
