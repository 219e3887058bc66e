import Foundation

/// The api function's token-signing secret in local mode: `RECORDLINE_JWT_SECRET` when set, else one
/// generated once and kept (mode 0600) in the data directory, so tokens survive a restart.
enum LocalSigningSecret {
    static func load(environment: [String: String], dataDirectory: URL) throws -> String {
        if let secret = environment["RECORDLINE_JWT_SECRET"], !secret.isEmpty { return secret }
        let file = dataDirectory.appendingPathComponent("jwt-secret")
        if let stored = try? String(contentsOf: file, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines), stored.count >= 32 {
            return stored
        }
        var generator = SystemRandomNumberGenerator()
        let secret = (0..<4).map { _ in String(format: "%016llx", generator.next() as UInt64) }.joined()
        try FileManager.default.createDirectory(at: dataDirectory, withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: file.path, contents: Data(secret.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: file.path])
        }
        return secret
    }
}
