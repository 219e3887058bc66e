import Crypto
import Foundation
import TeacherAuth
import Testing

/// Tokens signed here with HS256 and the right secret, with whatever header and claims a test needs:
/// each rule is shown refusing a token whose signature is valid, next to one that passes.
@Suite("Token rules")
struct TokenRulesTests {
    static let secret = AuthenticatorTests.secret
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    static func signed(header: String = #"{"alg":"HS256","typ":"JWT"}"#, claims: [String: Any]) throws -> String {
        func encode(_ data: Data) -> String {
            data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
                .replacingOccurrences(of: "=", with: "")
        }
        let input = encode(Data(header.utf8)) + "." + encode(try JSONSerialization.data(withJSONObject: claims))
        let signature = HMAC<SHA256>.authenticationCode(for: Data(input.utf8), using: SymmetricKey(data: Data(secret.utf8)))
        return input + "." + encode(Data(signature))
    }

    /// Valid claims issued `age` seconds before `now`, living `lifetime` seconds, with `extra` on top.
    static func claims(age: TimeInterval = 0, lifetime: TimeInterval = 3600, _ extra: [String: Any] = [:]) -> [String: Any] {
        let issued = now.timeIntervalSince1970 - age
        return ["sub": "a", "iss": "recordline", "iat": issued, "exp": issued + lifetime].merging(extra) { $1 }
    }

    func reason(_ token: String) async throws -> AuthenticationError.Reason? {
        let authenticator = try await AuthenticatorTests.authenticator()
        do {
            _ = try await authenticator.teacher(authorization: "Bearer \(token)", now: Self.now)
            return nil
        } catch {
            return error.reason
        }
    }

    @Test func theHeaderMustNameHS256() async throws {
        #expect(try await reason(Self.signed(claims: Self.claims())) == nil)
        for header in [#"{"alg":"none","typ":"JWT"}"#, #"{"alg":"RS256","typ":"JWT"}"#, #"{"alg":"hs256"}"#, #"{"typ":"JWT"}"#, #"{"alg":["HS256"]}"#] {
            #expect(try await reason(Self.signed(header: header, claims: Self.claims())) == .unsupportedAlgorithm, "\(header)")
        }
        #expect(try await reason(Self.signed(header: "not json", claims: Self.claims())) == .invalid)
    }

    @Test func notBeforeIsHonouredWithALeeway() async throws {
        let leeway = Authenticator.clockLeeway.components.seconds
        let future = Self.now.timeIntervalSince1970 + TimeInterval(leeway) + 1
        #expect(try await reason(Self.signed(claims: Self.claims(["nbf": future]))) == .notYetValid)
        #expect(try await reason(Self.signed(claims: Self.claims(["nbf": future - 2]))) == nil)
        #expect(try await reason(Self.signed(claims: Self.claims(["nbf": Self.now.timeIntervalSince1970 - 600]))) == nil)
    }

    @Test func aTokenIssuedInTheFutureIsRefusedBeyondTheLeeway() async throws {
        let leeway = TimeInterval(Authenticator.clockLeeway.components.seconds)
        #expect(try await reason(Self.signed(claims: Self.claims(age: -(leeway + 1)))) == .issuedInTheFuture)
        #expect(try await reason(Self.signed(claims: Self.claims(age: -(leeway - 1)))) == nil)
        // Issued through recordline's own signing: the same rule.
        let ahead = try await Authenticator.issueToken(teacher: "a", secret: Self.secret, lifetime: .seconds(3600), now: Self.now.addingTimeInterval(3600))
        #expect(try await reason(ahead) == .issuedInTheFuture)
    }

    @Test func theLifetimeIsCapped() async throws {
        let maximum = TimeInterval(Authenticator.maximumLifetime.components.seconds)
        #expect(try await reason(Self.signed(claims: Self.claims(lifetime: maximum + 1))) == .lifetimeTooLong)
        #expect(try await reason(Self.signed(claims: Self.claims(lifetime: maximum))) == nil)
        // Expiry before issue is no lifetime at all.
        #expect(try await reason(Self.signed(claims: Self.claims(age: -30, lifetime: -10))) == .invalid)
        // The longest token recordline issues is accepted; it issues nothing longer.
        let longest = try await Authenticator.issueToken(teacher: "a", secret: Self.secret, lifetime: Authenticator.maximumLifetime, now: Self.now)
        #expect(try await reason(longest) == nil)
        await #expect(throws: ConfigurationError.self) {
            try await Authenticator.issueToken(teacher: "a", secret: Self.secret, lifetime: Authenticator.maximumLifetime + .seconds(1))
        }
    }

    @Test func expiryHasNoLeeway() async throws {
        #expect(try await reason(Self.signed(claims: Self.claims(age: 3600, lifetime: 3600))) == .expired)
        #expect(try await reason(Self.signed(claims: Self.claims(age: 3599, lifetime: 3600))) == nil)
    }

    @Test func claimsOfTheWrongTypeOrMissingAreInvalid() async throws {
        var missing = Self.claims()
        missing["iat"] = nil
        #expect(try await reason(Self.signed(claims: missing)) == .invalid)
        #expect(try await reason(Self.signed(claims: Self.claims(["nbf": "tomorrow"]))) == .invalid)
        #expect(try await reason(Self.signed(claims: Self.claims(["iss": "someone"]))) == .invalid)
    }
}
