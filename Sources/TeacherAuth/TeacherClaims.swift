import Foundation
import JWTKit

/// The payload of a Recordline access token: which teacher, issued by whom, from when until when.
struct TeacherClaims: JWTPayload {
    static let issuer = "recordline"

    var sub: SubjectClaim
    var iss: IssuerClaim
    var iat: IssuedAtClaim
    var exp: ExpirationClaim
    /// Optional: `recordline token` does not set it, other issuers may.
    var nbf: NotBeforeClaim?

    /// Who issued it and for whom; JWTKit calls this once the signature holds.
    func verify(using algorithm: some JWTAlgorithm) async throws {
        guard iss.value == Self.issuer else {
            throw JWTError.claimVerificationFailure(failedClaim: iss, reason: "not issued by \(Self.issuer)")
        }
        guard !sub.value.isEmpty else {
            throw JWTError.claimVerificationFailure(failedClaim: sub, reason: "no teacher")
        }
    }

    /// When the token may be used, checked after its signature. Each failure has a reason of its own, so
    /// the message says which time is wrong. `nbf` and `iat` get `leeway` for clocks that differ a little
    /// between the issuing machine and this one; a token may not live longer than `maximumLifetime`, so a
    /// leaked one stops working within that time.
    func checkTimes(now: Date, leeway: Duration, maximumLifetime: Duration) throws(AuthenticationError) {
        let leewaySeconds = TimeInterval(leeway.components.seconds)
        guard now < exp.value else { throw AuthenticationError(reason: .expired) }
        guard iat.value < exp.value else { throw AuthenticationError(reason: .invalid) }
        guard exp.value.timeIntervalSince(iat.value) <= TimeInterval(maximumLifetime.components.seconds) else {
            throw AuthenticationError(reason: .lifetimeTooLong)
        }
        guard iat.value <= now.addingTimeInterval(leewaySeconds) else { throw AuthenticationError(reason: .issuedInTheFuture) }
        if let nbf, nbf.value > now.addingTimeInterval(leewaySeconds) {
            throw AuthenticationError(reason: .notYetValid)
        }
    }
}
