/// Why a model call gave no usable answer. Every case makes the agent try the next model, then the
/// offline engine; none reaches the teacher.
package enum ModelError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The endpoint's breaker is open: not called at all.
    case circuitOpen
    /// Rejected for good (400, 401, 403, 404 …): retrying would be rejected again.
    case rejected(status: Int, message: String)
    /// Retryable failures until the attempts or the time ran out; `last` is the final one.
    case exhausted(attempts: Int, last: String)
    /// Not enough time left before the invocation's deadline to make a call.
    case noTimeLeft
    /// A 200 whose body is not a chat completion.
    case malformedResponse(String)

    package var description: String {
        switch self {
        case .circuitOpen: "circuit open"
        case .rejected(let status, let message): "rejected with \(status): \(message)"
        case .exhausted(let attempts, let last): "gave up after \(attempts) attempt(s): \(last)"
        case .noTimeLeft: "no time left before the deadline"
        case .malformedResponse(let detail): "malformed response: \(detail)"
        }
    }

    /// A short, stable word for the call log's `outcome`.
    package var outcome: String {
        switch self {
        case .circuitOpen: "circuit_open"
        case .rejected: "rejected"
        case .exhausted: "exhausted"
        case .noTimeLeft: "no_time_left"
        case .malformedResponse: "malformed_response"
        }
    }
}
