/// An error SQS answers with: its wire code and the human-readable message.
package struct SQSError: Error, Equatable, Sendable {
    package let code: SQSErrorCode
    package let message: String

    package init(_ code: SQSErrorCode, _ message: String) {
        self.code = code
        self.message = message
    }

    package static func queueDoesNotExist() -> SQSError {
        SQSError(.queueDoesNotExist, "The specified queue does not exist.")
    }

    package static func missing(_ parameter: String) -> SQSError {
        SQSError(.missingParameter, "The request must contain the parameter \(parameter).")
    }

    package static func invalidValue(_ value: String, for parameter: String, reason: String) -> SQSError {
        SQSError(.invalidParameterValue, "Value \(value) for parameter \(parameter) is invalid. Reason: \(reason)")
    }
}
