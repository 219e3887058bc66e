import NIOHTTP1

/// A Runtime API request refused with the status and error document Lambda's own API uses.
struct RuntimeAPIRejection: Error, Sendable {
    let status: HTTPResponseStatus
    let errorType: String
    let errorMessage: String

    static func wrongRequestID(_ id: String) -> RuntimeAPIRejection {
        RuntimeAPIRejection(status: .badRequest, errorType: "InvalidRequestID", errorMessage: "Invalid request ID: \(id)")
    }

    static func alreadyAnswered(_ id: String) -> RuntimeAPIRejection {
        RuntimeAPIRejection(status: .badRequest, errorType: "InvalidRequestID", errorMessage: "Invocation \(id) was already answered")
    }

    static func outOfOrder(_ detail: String) -> RuntimeAPIRejection {
        RuntimeAPIRejection(status: .forbidden, errorType: "InvalidStateTransition", errorMessage: "State transition failed for runtime: \(detail)")
    }

    static let stale = RuntimeAPIRejection(
        status: .gone, errorType: "InvocationTimedOut", errorMessage: "The invocation this request answers has already ended")

    static let tooLarge = RuntimeAPIRejection(
        status: .payloadTooLarge, errorType: "RequestEntityTooLarge",
        errorMessage: "Exceeded maximum allowed payload size (\(RuntimeAPILimits.maxResponseBytes) bytes).")

    static let badResponseMode = RuntimeAPIRejection(
        status: .badRequest, errorType: "InvalidFunctionResponseMode", errorMessage: "Lambda-Runtime-Function-Response-Mode must be 'streaming'")

    /// Only the function's own runtime talks to its Runtime API, and it is no web page.
    static func fromWebPage(_ message: String) -> RuntimeAPIRejection {
        RuntimeAPIRejection(status: .forbidden, errorType: "Forbidden", errorMessage: message)
    }

    static let notFound = RuntimeAPIRejection(status: .notFound, errorType: "NotFound", errorMessage: "No such Runtime API path")
}

/// Sizes the Runtime API enforces.
enum RuntimeAPILimits {
    /// A buffered response: 6 MiB plus 100 bytes of slack, as Lambda's runtime API counts it.
    static let maxResponseBytes = 6 * 1024 * 1024 + 100
    /// A streamed response.
    static let maxStreamedBytes = 200 * 1024 * 1024
    /// An error document; anything longer is cut, as it only feeds a message.
    static let maxErrorBytes = 1024 * 1024
}
