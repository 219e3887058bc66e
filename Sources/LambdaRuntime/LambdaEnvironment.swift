#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The settings Lambda (or local-runtime) passes to a function process through its environment.
package struct LambdaEnvironment: Sendable {
    /// `host:port` of the Runtime API.
    package var runtimeAPI: String
    package var functionName: String
    package var functionVersion: String
    package var memoryLimitMB: Int?
    package var logGroupName: String?
    package var logStreamName: String?

    package init(
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
    package static func fromProcess() -> LambdaEnvironment? {
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
