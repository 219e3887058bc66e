import Logging

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a handler knows about the invocation it serves.
package struct LambdaContext: Sendable {
    package let requestID: String
    /// The per-invoke nonce, when the Runtime API sent one.
    package let invocationID: String?
    /// Unix epoch milliseconds after which Lambda stops the invocation.
    package let deadlineEpochMilliseconds: Int64
    package let invokedFunctionARN: String
    package let traceID: String?
    package let clientContext: String?
    package let cognitoIdentity: String?
    package let tenantID: String?
    package let functionName: String
    package let functionVersion: String
    package let memoryLimitMB: Int?
    package let logGroupName: String?
    package let logStreamName: String?
    /// Carries the request id in every line it writes.
    package let logger: Logger

    init(invocation: Invocation, environment: LambdaEnvironment, logger: Logger) {
        requestID = invocation.requestID
        invocationID = invocation.invocationID
        deadlineEpochMilliseconds = invocation.deadlineEpochMilliseconds
        invokedFunctionARN = invocation.invokedFunctionARN
        traceID = invocation.traceID
        clientContext = invocation.clientContext
        cognitoIdentity = invocation.cognitoIdentity
        tenantID = invocation.tenantID
        functionName = environment.functionName
        functionVersion = environment.functionVersion
        memoryLimitMB = environment.memoryLimitMB
        logGroupName = environment.logGroupName
        logStreamName = environment.logStreamName
        self.logger = logger
    }

    /// Time left before the deadline, zero once it has passed.
    package func remainingTime() -> Duration {
        .milliseconds(max(0, deadlineEpochMilliseconds - Self.nowEpochMilliseconds()))
    }

    /// Wall-clock time, because the deadline is a wall-clock instant.
    static func nowEpochMilliseconds() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return Int64(now.tv_sec) * 1000 + Int64(now.tv_nsec) / 1_000_000
    }
}
