#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The settings Lambda (or local-runtime) passes to a function process through its environment.
public struct LambdaEnvironment: Sendable {
    /// `host:port` of the Runtime API.
    public var runtimeAPI: String
    public var functionName: String
    public var functionVersion: String
    public var memoryLimitMB: Int?
    public var logGroupName: String?
    public var logStreamName: String?

    public init(
        runtimeAPI: String,
        functionName: String = "function",
        functionVersion: String = "$LATEST",
        memoryLimitMB: Int? = nil,
        logGroupName: String? = nil,
        logStreamName: String? = nil
    ) {
        self.runtimeAPI = runtimeAPI
        self.functionName = functionName
        self.functionVersion = functionVersion
        self.memoryLimitMB = memoryLimitMB
        self.logGroupName = logGroupName
        self.logStreamName = logStreamName
    }

    /// Reads the process environment; nil without `AWS_LAMBDA_RUNTIME_API`.
    public static func fromProcess() -> LambdaEnvironment? {
        guard let runtimeAPI = variable("AWS_LAMBDA_RUNTIME_API"), !runtimeAPI.isEmpty else { return nil }
        return LambdaEnvironment(
            runtimeAPI: runtimeAPI,
            functionName: variable("AWS_LAMBDA_FUNCTION_NAME") ?? "function",
            functionVersion: variable("AWS_LAMBDA_FUNCTION_VERSION") ?? "$LATEST",
            memoryLimitMB: variable("AWS_LAMBDA_FUNCTION_MEMORY_SIZE").flatMap { Int($0) },
            logGroupName: variable("AWS_LAMBDA_LOG_GROUP_NAME"),
            logStreamName: variable("AWS_LAMBDA_LOG_STREAM_NAME")
        )
    }

    static func variable(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
