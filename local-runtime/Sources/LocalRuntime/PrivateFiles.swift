import Foundation

/// The data directory holds student text (queue messages in flight, Redis state, the signing secret):
/// only the owner may read it. The process's umask becomes 077 before anything is created, so every
/// file local-runtime and its children (the queue database and its WAL, redis-server, the functions)
/// create is 0600 and every directory 0700; a directory left by an earlier run is closed to others too.
enum PrivateFiles {
    static func restrict(dataDirectory: URL) throws {
        umask(0o077)
        try FileManager.default.createDirectory(at: dataDirectory, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: dataDirectory.path)
    }
}
