/// Why a request carries no usable credentials; the message is safe to show to the caller.
package struct AuthenticationError: Error, Sendable, Equatable, CustomStringConvertible {
    package enum Reason: String, Sendable {
        case missing
        case malformed
        case invalid
        case unsupportedAlgorithm
        case expired
        case notYetValid
        case issuedInTheFuture
        case lifetimeTooLong
        case notConfigured
    }

    package let reason: Reason

    package var description: String {
        switch reason {
        case .missing: "an Authorization: Bearer <token> header is required"
        case .malformed: "the Authorization header must be 'Bearer <token>'"
        case .invalid: "the token is not valid"
        case .unsupportedAlgorithm: "the token's header must name alg HS256; tokens for any other algorithm are refused"
        case .expired: "the token has expired"
        case .notYetValid: "the token is not valid yet: its nbf (not before) time is in the future"
        case .issuedInTheFuture: "the token's iat (issued at) time is in the future; check the clock of the machine that issued it"
        case .lifetimeTooLong:
            "the token's lifetime (exp − iat) is longer than \(Authenticator.maximumLifetime.components.seconds / 86_400) days; issue a shorter one"
        case .notConfigured: "no tokens are configured on this server (RECORDLINE_JWT_SECRET or RECORDLINE_API_TOKENS)"
        }
    }
}
