/// Why a request carries no usable credentials; the message is safe to show to the caller.
public struct AuthenticationError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: String, Sendable {
        case missing
        case malformed
        case invalid
        case expired
        case notConfigured
    }

    public let reason: Reason

    public var description: String {
        switch reason {
        case .missing: "an Authorization: Bearer <token> header is required"
        case .malformed: "the Authorization header must be 'Bearer <token>'"
        case .invalid: "the token is not valid"
        case .expired: "the token has expired"
        case .notConfigured: "no tokens are configured on this server (RECORDLINE_JWT_SECRET or RECORDLINE_API_TOKENS)"
        }
    }
}
