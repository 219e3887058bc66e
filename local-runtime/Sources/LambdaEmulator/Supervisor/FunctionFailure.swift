#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LambdaWire

/// Why an invocation produced no response: the function reported an error, or the environment failed
/// (timeout, crash, init failure). `body` is what the invoker receives, as Lambda returns it.
package struct FunctionFailure: Error, Sendable, Equatable {
    package enum Kind: Sendable, Equatable {
        /// The runtime posted to `/error`.
        case handled
        /// The runtime posted to `/init/error`, crashed or hung during init.
        case initialization
        case timeout
        /// The process exited or was killed while the invocation ran.
        case crash
        /// No environment could be started (missing executable, spawn failure).
        case unavailable
        /// The response broke a Runtime API limit (size).
        case invalidResponse
        /// A synchronous invocation found the function at its concurrency limit; nothing ran.
        case throttled
    }

    package let kind: Kind
    package let errorType: String
    package let errorMessage: String
    package let body: [UInt8]
    /// Why Lambda refused the invocation (a throttle's `Reason`).
    package let reason: String?

    package init(kind: Kind, errorType: String, errorMessage: String, body: [UInt8]? = nil, reason: String? = nil) {
        self.kind = kind
        self.errorType = errorType
        self.errorMessage = errorMessage
        self.body = body ?? Self.document(errorType: errorType, errorMessage: errorMessage)
        self.reason = reason
    }

    /// Builds the failure from what a runtime posted: its JSON error document when it parses, else the header.
    package init(kind: Kind, posted body: [UInt8], headerErrorType: String?) {
        struct Posted: Decodable {
            var errorType: String?
            var errorMessage: String?
        }
        let posted = try? JSONDecoder().decode(Posted.self, from: Data(body))
        let type = posted?.errorType ?? headerErrorType ?? "Runtime.Unknown"
        let message = posted?.errorMessage ?? ""
        self.init(kind: kind, errorType: type, errorMessage: message, body: posted == nil ? nil : body)
    }

    static func document(errorType: String, errorMessage: String) -> [UInt8] {
        (try? RuntimeErrorPayload(errorType: errorType, errorMessage: errorMessage).jsonBytes()) ?? []
    }

    static func timeout(requestID: String, seconds: Int) -> FunctionFailure {
        FunctionFailure(
            kind: .timeout, errorType: "Sandbox.Timedout",
            errorMessage: "RequestId: \(requestID) Error: Task timed out after \(seconds).00 seconds")
    }

    static func exited(requestID: String, status: String) -> FunctionFailure {
        FunctionFailure(
            kind: .crash, errorType: "Runtime.ExitError",
            errorMessage: "RequestId: \(requestID) Error: Runtime exited with error: \(status)")
    }
}
