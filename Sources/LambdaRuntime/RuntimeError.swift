/// Failures of the runtime itself (not of a handler); they end the run loop.
package enum RuntimeError: Error, Equatable, CustomStringConvertible {
    case missingRuntimeAPI
    case missingRequestID
    case transport(String)
    /// The Runtime API answered with a status the contract does not allow here.
    case unexpectedStatus(path: String, status: Int)
    case initializationFailed(String)
    case encoding(String)
    /// The handler wrote after its response was complete, or otherwise broke the response order.
    case invalidResponseOrder(String)
    /// The Runtime API ended the response stream before the handler finished it (its invoker went
    /// away): what the handler writes goes nowhere. Thrown to the handler; the runtime goes on.
    case responseStreamCut

    package var description: String {
        switch self {
        case .missingRuntimeAPI: "AWS_LAMBDA_RUNTIME_API is not set"
        case .missingRequestID: "the Runtime API sent an invocation without a request id"
        case .transport(let message): message
        case .unexpectedStatus(let path, let status): "Runtime API answered \(status) to \(path)"
        case .initializationFailed(let message): "initialisation failed: \(message)"
        case .encoding(let message): "cannot encode \(message)"
        case .invalidResponseOrder(let message): message
        case .responseStreamCut: "the Runtime API ended the response stream before it was finished"
        }
    }
}
