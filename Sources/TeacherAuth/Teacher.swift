import Crypto
import Foundation

/// An authenticated teacher. Only `key` (a hash of the name) reaches storage, so Redis holds no names.
package struct Teacher: Sendable, Equatable {
    package let name: String
    /// 128 bits of SHA-256 of the name: the owner of tasks and the key of per-teacher limits. Made once:
    /// a request reads it several times.
    package let key: String

    package init(name: String) {
        self.name = name
        key = Self.hex(SHA256.hash(data: Data(name.utf8)).prefix(16))
    }

    /// Lowercase hexadecimal, two digits a byte.
    private static func hex(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
