/// Request paths of the Lambda Runtime API, relative to `http://$AWS_LAMBDA_RUNTIME_API`.
public enum RuntimeAPIPath {
    public static let version = "/2018-06-01"
    public static let next = version + "/runtime/invocation/next"
    public static let initError = version + "/runtime/init/error"

    public static func response(requestID: String) -> String {
        version + "/runtime/invocation/\(requestID)/response"
    }

    public static func error(requestID: String) -> String {
        version + "/runtime/invocation/\(requestID)/error"
    }
}
