import Foundation
import Testing
import TeacherAuth

@Suite("Bearer tokens")
struct AuthenticatorTests {
    static let secret = "0123456789abcdef0123456789abcdef-test"

    static func authenticator(tokens: String? = nil) async throws -> Authenticator {
        try await Authenticator(secret: secret, configuredTokens: tokens)
    }

    func reason(_ authenticator: Authenticator, _ header: String?) async -> AuthenticationError.Reason? {
        do {
            _ = try await authenticator.teacher(authorization: header)
            return nil
        } catch {
            return error.reason
        }
    }

    @Test func anIssuedTokenNamesItsTeacher() async throws {
        let token = try await Authenticator.issueToken(teacher: "김교사", secret: Self.secret, lifetime: .seconds(3600))
        let teacher = try await Self.authenticator().teacher(authorization: "Bearer \(token)")
        #expect(teacher.name == "김교사")
        #expect(teacher.key.count == 32)
        #expect(teacher.key == Teacher(name: "김교사").key && teacher.key != Teacher(name: "박교사").key)
    }

    @Test func expiredTamperedAndForeignTokensAreRefused() async throws {
        let authenticator = try await Self.authenticator()
        let expired = try await Authenticator.issueToken(
            teacher: "a", secret: Self.secret, lifetime: .seconds(60), now: Date().addingTimeInterval(-3600))
        #expect(await reason(authenticator, "Bearer \(expired)") == .expired)

        let token = try await Authenticator.issueToken(teacher: "a", secret: Self.secret, lifetime: .seconds(3600))
        var parts = token.split(separator: ".").map(String.init)
        let forged = try await Authenticator.issueToken(teacher: "b", secret: Self.secret, lifetime: .seconds(3600))
        parts[1] = String(forged.split(separator: ".")[1])  // b's claims under a's signature
        #expect(await reason(authenticator, "Bearer \(parts.joined(separator: "."))") == .invalid)

        let foreign = try await Authenticator.issueToken(teacher: "a", secret: String(repeating: "z", count: 40), lifetime: .seconds(3600))
        #expect(await reason(authenticator, "Bearer \(foreign)") == .invalid)
        #expect(await reason(authenticator, "Bearer not.a.token") == .invalid)
    }

    @Test func headersMustBeBearerTokens() async throws {
        let authenticator = try await Self.authenticator()
        #expect(await reason(authenticator, nil) == .missing)
        #expect(await reason(authenticator, "") == .missing)
        #expect(await reason(authenticator, "Basic dXNlcjpwdw==") == .malformed)
        #expect(await reason(authenticator, "Bearer ") == .malformed)
    }

    @Test func configuredTokensAreMatchedByTheirHash() async throws {
        let authenticator = try await Self.authenticator(tokens: "이교사:\(Authenticator.tokenHash("s3cret-token")), 박교사:\(Authenticator.tokenHash("other"))")
        #expect(try await authenticator.teacher(authorization: "Bearer s3cret-token").name == "이교사")
        #expect(try await authenticator.teacher(authorization: "bearer other").name == "박교사")
        #expect(await reason(authenticator, "Bearer s3cret-tokeN") == .invalid)
    }

    @Test func configurationMistakesAreNamed() async throws {
        await #expect(throws: ConfigurationError.self) { try await Authenticator(secret: "short", configuredTokens: nil) }
        await #expect(throws: ConfigurationError.self) { try await Authenticator(secret: nil, configuredTokens: "name-without-hash") }
        let nothing = try await Authenticator(secret: nil, configuredTokens: nil)
        #expect(await reason(nothing, "Bearer anything") == .notConfigured)
    }
}
