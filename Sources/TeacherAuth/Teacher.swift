import Crypto
import Foundation

/// An authenticated teacher. Only `key` (a hash of the name) reaches storage, so Redis holds no names.
public struct Teacher: Sendable, Equatable {
    public let name: String

    public init(name: String) {
        self.name = name
    }

    /// 128 bits of SHA-256 of the name: the owner of tasks and the key of per-teacher limits.
    public var key: String {
        SHA256.hash(data: Data(name.utf8)).prefix(16).map { String(format: "%02x", $0) }.joined()
    }
}
