import Logging

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a handler knows about the invocation it serves.
public struct LambdaContext: Sendable {
    public let requestID: String
    /// The per-invoke nonce, when the Runtime API sent one.
    public let invocationID: String?
    /// Unix epoch milliseconds after which Lambda stops the invocation.
    public let deadlineEpochMilliseconds: Int64
    public let invokedFunctionARN: String
    public let traceID: String?
    public let clientContext: String?
    public let cognitoIdentity: String?
    public let tenantID: String?
    public let functionName: String
    public let functionVersion: String
    public let memoryLimitMB: Int?
    public let logGroupName: String?
    public let logStreamName: String?
    /// Carries the request id in every line it writes.
    public let logger: Logger

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
    public func remainingTime() -> Duration {
        .milliseconds(max(0, deadlineEpochMilliseconds - Self.nowEpochMilliseconds()))
    }

    /// Wall-clock time, because the deadline is a wall-clock instant.
    static func nowEpochMilliseconds() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return Int64(now.tv_sec) * 1000 + Int64(now.tv_nsec) / 1_000_000
    }
}
