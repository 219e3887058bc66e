/// Header names of the Lambda Runtime API (2018-06-01), shared by the runtime client and the emulator.
public enum RuntimeAPIHeader {
    public static let requestID = "Lambda-Runtime-Aws-Request-Id"
    public static let deadlineMilliseconds = "Lambda-Runtime-Deadline-Ms"
    public static let invokedFunctionARN = "Lambda-Runtime-Invoked-Function-Arn"
    public static let traceID = "Lambda-Runtime-Trace-Id"
    public static let clientContext = "Lambda-Runtime-Client-Context"
    public static let cognitoIdentity = "Lambda-Runtime-Cognito-Identity"
    public static let tenantID = "Lambda-Runtime-Aws-Tenant-Id"
    /// Per-invoke nonce; echoed on `/response` and `/error` only when `/next` carried it.
    public static let invocationID = "Lambda-Runtime-Invocation-Id"
    public static let functionErrorType = "Lambda-Runtime-Function-Error-Type"
    public static let functionErrorBody = "Lambda-Runtime-Function-Error-Body"
    public static let functionResponseMode = "Lambda-Runtime-Function-Response-Mode"
    /// The only value `functionResponseMode` accepts.
    public static let streamingResponseMode = "streaming"
}
