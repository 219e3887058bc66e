import Foundation
import Hummingbird

/// Error answers of the Lambda Invoke API, in the REST-JSON shape the AWS SDKs and CLI parse:
/// the code in `x-amzn-ErrorType`, the message in the JSON body.
struct InvokeAPIError: Error {
    let status: HTTPResponse.Status
    let code: String
    let message: String
    var reason: String?
    var retryAfterSeconds: Int?

    static func notFound(_ arn: String) -> InvokeAPIError {
        InvokeAPIError(status: .notFound, code: "ResourceNotFoundException", message: "Function not found: \(arn)")
    }

    static func tooLarge(limit: Int) -> InvokeAPIError {
        InvokeAPIError(
            status: .contentTooLarge, code: "RequestTooLargeException",
            message: "Request must be smaller than \(limit) bytes for the InvokeFunction operation")
    }

    static let notJSON = InvokeAPIError(status: .badRequest, code: "InvalidRequestContentException", message: "Could not parse request body into json")

    static func invalidParameter(_ message: String) -> InvokeAPIError {
        InvokeAPIError(status: .badRequest, code: "InvalidParameterValueException", message: message)
    }

    /// Lambda's throttle: `Reason` says whether the function's reserved concurrency or the account's
    /// unreserved pool ran out.
    static func throttled(reason: String?) -> InvokeAPIError {
        InvokeAPIError(status: .tooManyRequests, code: "TooManyRequestsException", message: "Rate Exceeded.", reason: reason, retryAfterSeconds: 1)
    }

    static let shuttingDown = InvokeAPIError(status: .serviceUnavailable, code: "ServiceException", message: "local-runtime is shutting down")

    var response: Response {
        var fields = ["Type": "User", "message": message, "Message": message]
        fields["Reason"] = reason
        let body = (try? JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])) ?? Data()
        var headers = HTTPFields()
        if let retryAfterSeconds { headers[.retryAfter] = String(retryAfterSeconds) }
        headers[.contentType] = "application/json"
        headers[.init("x-amzn-ErrorType")!] = code
        headers[.init("x-amzn-RequestId")!] = UUID().uuidString.lowercased()
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }
}
