import Foundation
import JWTKit

/// The payload of a Recordline access token: which teacher, issued by whom, until when.
struct TeacherClaims: JWTPayload {
    static let issuer = "recordline"

    var sub: SubjectClaim
    var iss: IssuerClaim
    var iat: IssuedAtClaim
    var exp: ExpirationClaim

    func verify(using algorithm: some JWTAlgorithm) async throws {
        try exp.verifyNotExpired()
        guard iss.value == Self.issuer else {
            throw JWTError.claimVerificationFailure(failedClaim: iss, reason: "not issued by \(Self.issuer)")
        }
        guard !sub.value.isEmpty else {
            throw JWTError.claimVerificationFailure(failedClaim: sub, reason: "no teacher")
        }
    }
}
