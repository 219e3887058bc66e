/// Request paths of the Lambda Runtime API, relative to `http://$AWS_LAMBDA_RUNTIME_API`.
package enum RuntimeAPIPath {
    package static let version = "/2018-06-01"
    package static let next = version + "/runtime/invocation/next"
    package static let initError = version + "/runtime/init/error"

    package static func response(requestID: String) -> String {
        version + "/runtime/invocation/\(requestID)/response"
    }

    package static func error(requestID: String) -> String {
        version + "/runtime/invocation/\(requestID)/error"
    }
}
