import Crypto
import Foundation

/// The MD5 digests SQS returns with sent and received messages, computed as the SDKs that verify them do.
package enum MessageDigest {
    /// Lower-case hex MD5 of the body's UTF-8 bytes (`MD5OfMessageBody`, `MD5OfBody`).
    package static func md5(ofBody body: String) -> String {
        hex(Insecure.MD5.hash(data: Data(body.utf8)))
    }

    /// `MD5OfMessageAttributes`: attributes sorted by name, each encoded as length-prefixed name, length-prefixed
    /// data type, a transport byte (1 text, 2 binary) and the length-prefixed value. Nil when there are none.
    package static func md5(ofAttributes attributes: [String: MessageAttributeValue]) -> String? {
        guard !attributes.isEmpty else { return nil }
        var buffer = Data()
        for name in attributes.keys.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
            let value = attributes[name]!
            appendPrefixed(Data(name.utf8), to: &buffer)
            appendPrefixed(Data(value.dataType.utf8), to: &buffer)
            if value.isBinary {
                buffer.append(2)
                appendPrefixed(value.binaryValue ?? Data(), to: &buffer)
            } else {
                buffer.append(1)
                appendPrefixed(Data((value.stringValue ?? "").utf8), to: &buffer)
            }
        }
        return hex(Insecure.MD5.hash(data: buffer))
    }

    private static func appendPrefixed(_ bytes: Data, to buffer: inout Data) {
        let length = UInt32(bytes.count).bigEndian
        withUnsafeBytes(of: length) { buffer.append(contentsOf: $0) }
        buffer.append(bytes)
    }

    private static func hex(_ digest: Insecure.MD5.Digest) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(32)
        for byte in digest {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
