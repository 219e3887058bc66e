import SQSWire

/// An error answer from SQS (or a compatible server): the HTTP status, the error code from `__type`,
/// the legacy Query code from `x-amzn-query-error` when sent, and the message.
package struct SQSServiceError: Error, Sendable, Equatable {
    package var status: Int
    /// The JSON shape name, e.g. `QueueDoesNotExist` (the part of `__type` after `#`).
    package var code: String
    /// The legacy code, e.g. `AWS.SimpleQueueService.NonExistentQueue`, when the server sent it.
    package var queryCode: String?
    package var message: String
    package var requestID: String?

    package init(status: Int, code: String, queryCode: String? = nil, message: String, requestID: String? = nil) {
        self.status = status
        self.code = code
        self.queryCode = queryCode
        self.message = message
        self.requestID = requestID
    }

    /// Whether this is the given error, by shape name or legacy code (servers differ in which they send).
    package func `is`(_ wire: SQSErrorCode) -> Bool {
        code == wire.shape || code == wire.legacyCode || queryCode == wire.legacyCode
    }

    /// Codes that mean "slow down", whatever the status they arrive with.
    static let throttlingCodes: Set<String> = [
        "ThrottlingException", "Throttling", "RequestThrottled", "RequestThrottledException",
        "TooManyRequestsException", "RequestLimitExceeded", "SlowDown",
    ]

    package var isThrottling: Bool {
        status == 429 || Self.throttlingCodes.contains(code) || queryCode.map(Self.throttlingCodes.contains) == true
    }

    /// Throttling and server-side failures are worth another attempt; other 4xx would fail again.
    package var isRetryable: Bool { isThrottling || status >= 500 }
}

extension SQSServiceError: CustomStringConvertible {
    package var description: String {
        let legacy = queryCode.map { " (\($0))" } ?? ""
        return "SQS \(code)\(legacy), HTTP \(status): \(message)"
    }
}
