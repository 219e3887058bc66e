import RequestGuard
import SQSWire

/// The SQS errors for requests refused as coming from a web page; SQS itself has no such check, so
/// the names say what happened in its style.
extension SQSErrorCode {
    static let accessDenied = SQSErrorCode(shape: "AccessDenied", legacyCode: "AccessDenied", status: 403)
    static let unsupportedMediaType = SQSErrorCode(shape: "UnsupportedMediaType", legacyCode: "UnsupportedMediaType", status: 415)

    init(refusal status: GuardRefusal.Status) {
        switch status {
        case .forbidden: self = .accessDenied
        case .unsupportedMediaType: self = .unsupportedMediaType
        }
    }
}
