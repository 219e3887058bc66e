/// Header names of the Lambda Runtime API (2018-06-01), shared by the runtime client and the emulator.
package enum RuntimeAPIHeader {
    package static let requestID = "Lambda-Runtime-Aws-Request-Id"
    package static let deadlineMilliseconds = "Lambda-Runtime-Deadline-Ms"
    package static let invokedFunctionARN = "Lambda-Runtime-Invoked-Function-Arn"
    package static let traceID = "Lambda-Runtime-Trace-Id"
    package static let clientContext = "Lambda-Runtime-Client-Context"
    package static let cognitoIdentity = "Lambda-Runtime-Cognito-Identity"
    package static let tenantID = "Lambda-Runtime-Aws-Tenant-Id"
    /// Per-invoke nonce; echoed on `/response` and `/error` only when `/next` carried it.
    package static let invocationID = "Lambda-Runtime-Invocation-Id"
    package static let functionErrorType = "Lambda-Runtime-Function-Error-Type"
    package static let functionErrorBody = "Lambda-Runtime-Function-Error-Body"
    package static let functionResponseMode = "Lambda-Runtime-Function-Response-Mode"
    /// The only value `functionResponseMode` accepts.
    package static let streamingResponseMode = "streaming"
}
