import ArgumentParser
import Foundation
import TeacherAuth

/// `recordline token`: an access token for a teacher, signed with `RECORDLINE_JWT_SECRET`.
struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Print a bearer token for a teacher, signed with RECORDLINE_JWT_SECRET.")

    @Option(help: "The teacher the token speaks for.")
    var teacher: String

    /// The most days a token may live: the API refuses a longer lifetime.
    static let maximumDays = Int(Authenticator.maximumLifetime.components.seconds / 86_400)

    @Option(help: "How many days the token stays valid (at most \(maximumDays)).")
    var days: Int = 30

    @Flag(help: "Also print the SHA-256 to list the token in RECORDLINE_API_TOKENS instead of signing with the secret.")
    var hash = false

    func validate() throws {
        guard !teacher.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("--teacher must not be empty") }
        guard (1...Self.maximumDays).contains(days) else { throw ValidationError("--days must be 1 to \(Self.maximumDays)") }
    }

    func run() async throws {
        guard let secret = ProcessInfo.processInfo.environment["RECORDLINE_JWT_SECRET"], !secret.isEmpty else {
            throw failure("RECORDLINE_JWT_SECRET is not set; local-runtime prints the one it generated at start-up", exitCode: 78)
        }
        let token: String
        do {
            token = try await Authenticator.issueToken(teacher: teacher, secret: secret, lifetime: .seconds(days * 86_400))
        } catch {
            throw failure("\(error)", exitCode: 78)
        }
        print(token)
        if hash {
            print("\(teacher):\(Authenticator.tokenHash(token))")
        }
    }
}
