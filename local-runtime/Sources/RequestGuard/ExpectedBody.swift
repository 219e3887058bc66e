/// What an endpoint reads from a request body, which decides the content types it refuses.
package enum ExpectedBody: Sendable, Equatable, CustomStringConvertible {
    /// A JSON document; `mediaType` is the one to name in the refusal (`application/json`,
    /// `application/x-amz-json-1.0`). Every type a page can send without a preflight is refused.
    case json(mediaType: String)
    /// The SQS Query protocol: a form post, as the AWS CLI and SDKs send it. Other simple types are refused.
    case queryForm

    package var description: String {
        switch self {
        case .json(let mediaType): "JSON as \(mediaType)"
        case .queryForm: "the Query protocol as application/x-www-form-urlencoded, or AWS JSON 1.0 with X-Amz-Target"
        }
    }
}
