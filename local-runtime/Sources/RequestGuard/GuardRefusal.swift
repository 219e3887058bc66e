/// A request refused before it is handled: the status and a message naming what was wrong. Each
/// server sends it in its own error format (Lambda's, SQS JSON or Query, the Runtime API's).
package struct GuardRefusal: Error, Sendable, Equatable {
    package enum Status: Int, Sendable {
        case forbidden = 403
        case unsupportedMediaType = 415
    }

    package let status: Status
    package let message: String
}
