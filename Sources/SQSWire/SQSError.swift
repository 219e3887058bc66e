/// An error SQS answers with: its wire code and the human-readable message.
public struct SQSError: Error, Equatable, Sendable {
    public let code: SQSErrorCode
    public let message: String

    public init(_ code: SQSErrorCode, _ message: String) {
        self.code = code
        self.message = message
    }

    public static func queueDoesNotExist() -> SQSError {
        SQSError(.queueDoesNotExist, "The specified queue does not exist.")
    }

    public static func missing(_ parameter: String) -> SQSError {
        SQSError(.missingParameter, "The request must contain the parameter \(parameter).")
    }

    public static func invalidValue(_ value: String, for parameter: String, reason: String) -> SQSError {
        SQSError(.invalidParameterValue, "Value \(value) for parameter \(parameter) is invalid. Reason: \(reason)")
    }
}
