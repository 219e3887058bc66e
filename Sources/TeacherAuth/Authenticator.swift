import Crypto
import Foundation
import JWTKit

/// Checks bearer tokens: HS256 JWTs signed with `RECORDLINE_JWT_SECRET` (header `alg`, expiry, `nbf`,
/// `iat` and lifetime checked), or tokens configured by their SHA-256 in `RECORDLINE_API_TOKENS`
/// (`name:sha256hex,…`), compared in constant time.
package struct Authenticator: Sendable {
    private let keys: JWTKeyCollection?
    private let configured: [(hash: [UInt8], teacher: Teacher)]

    /// Minimum secret length: an HS256 key shorter than the hash gives away strength.
    package static let minimumSecretBytes = 32
    /// The longest `exp − iat` accepted: what `recordline token --days` may ask for, a school year and a
    /// little more, so no token (leaked or forgotten) works for longer.
    package static let maximumLifetime: Duration = .seconds(366 * 86_400)
    /// How far `nbf` and `iat` may lie ahead of this machine's clock: clocks differ a little.
    package static let clockLeeway: Duration = .seconds(60)

    package init(secret: String?, configuredTokens: String?) async throws(ConfigurationError) {
        if let secret, !secret.isEmpty {
            guard secret.utf8.count >= Self.minimumSecretBytes else {
                throw ConfigurationError(message: "RECORDLINE_JWT_SECRET must be at least \(Self.minimumSecretBytes) bytes")
            }
            keys = await JWTKeyCollection().add(hmac: HMACKey(from: secret), digestAlgorithm: .sha256)
        } else {
            keys = nil
        }
        var configured: [(hash: [UInt8], teacher: Teacher)] = []
        for entry in (configuredTokens ?? "").split(separator: ",") where !entry.trimmingCharacters(in: .whitespaces).isEmpty {
            let parts = entry.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty, let hash = Self.bytes(hex: parts[1]), hash.count == 32 else {
                throw ConfigurationError(message: "RECORDLINE_API_TOKENS entries must be name:<64 hex digits of SHA-256>")
            }
            configured.append((hash, Teacher(name: parts[0])))
        }
        self.configured = configured
    }

    package static func fromEnvironment(_ environment: [String: String]) async throws(ConfigurationError) -> Authenticator {
        try await Authenticator(secret: environment["RECORDLINE_JWT_SECRET"], configuredTokens: environment["RECORDLINE_API_TOKENS"])
    }

    /// The teacher an `Authorization` header value speaks for, at `now`.
    package func teacher(authorization: String?, now: Date = Date()) async throws(AuthenticationError) -> Teacher {
        guard keys != nil || !configured.isEmpty else { throw AuthenticationError(reason: .notConfigured) }
        guard let authorization, !authorization.isEmpty else { throw AuthenticationError(reason: .missing) }
        let parts = authorization.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { throw AuthenticationError(reason: .malformed) }
        let token = parts[1].trimmingCharacters(in: .whitespaces)
        guard !token.isEmpty else { throw AuthenticationError(reason: .malformed) }

        let digest = Array(SHA256.hash(data: Data(token.utf8)))
        if let match = configured.first(where: { Self.constantTimeEqual($0.hash, digest) }) {
            return match.teacher
        }
        guard let keys, token.split(separator: ".", omittingEmptySubsequences: false).count == 3,
              let header = JOSEHeader(token: Substring(token))
        else { throw AuthenticationError(reason: .invalid) }
        guard header.namesHS256 else { throw AuthenticationError(reason: .unsupportedAlgorithm) }
        let claims: TeacherClaims
        do {
            claims = try await keys.verify(token, as: TeacherClaims.self)
        } catch {
            throw AuthenticationError(reason: .invalid)
        }
        try claims.checkTimes(now: now, leeway: Self.clockLeeway, maximumLifetime: Self.maximumLifetime)
        return Teacher(name: claims.sub.value)
    }

    /// A token for `teacher` valid for `lifetime`, signed with `secret`.
    package static func issueToken(teacher: String, secret: String, lifetime: Duration, now: Date = Date()) async throws -> String {
        guard secret.utf8.count >= minimumSecretBytes else {
            throw ConfigurationError(message: "the signing secret must be at least \(minimumSecretBytes) bytes")
        }
        guard !teacher.isEmpty else { throw ConfigurationError(message: "the teacher name is empty") }
        guard lifetime > .zero, lifetime <= maximumLifetime else {
            throw ConfigurationError(message: "a token's lifetime must be positive and at most \(maximumLifetime.components.seconds / 86_400) days")
        }
        let keys = await JWTKeyCollection().add(hmac: HMACKey(from: secret), digestAlgorithm: .sha256)
        let seconds = Double(lifetime.components.seconds)
        let now = Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down))
        let claims = TeacherClaims(
            sub: SubjectClaim(value: teacher), iss: IssuerClaim(value: TeacherClaims.issuer),
            iat: IssuedAtClaim(value: now), exp: ExpirationClaim(value: now.addingTimeInterval(seconds)))
        return try await keys.sign(claims)
    }

    /// The SHA-256 hex of a token, for `RECORDLINE_API_TOKENS`.
    package static func tokenHash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    private static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }

    private static func bytes(hex: String) -> [UInt8]? {
        let digits = Array(hex.lowercased().utf8)
        guard digits.count % 2 == 0 else { return nil }
        var bytes: [UInt8] = []
        for pair in stride(from: 0, to: digits.count, by: 2) {
            guard let byte = UInt8(String(decoding: digits[pair...pair + 1], as: UTF8.self), radix: 16) else { return nil }
            bytes.append(byte)
        }
        return bytes
    }
}

/// Authentication settings that cannot work; named so the operator can fix them.
package struct ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    package let message: String
    package var description: String { message }
}
