import Foundation

/// CP949 (Windows' 확장 완성형), the encoding Korean Excel saves "CSV" in, from its own table
/// (`CP949Table.swift`): a statically linked package has no converter for it.
package enum CP949 {
    /// Code points by (lead, trail) pair, 0 where the pair is no character.
    private static let decoding: [UInt16] = {
        let data = Data(base64Encoded: tableBase64) ?? Data()
        return stride(from: 0, to: data.count - 1, by: 2).map { UInt16(data[$0]) | UInt16(data[$0 + 1]) << 8 }
    }()

    /// Byte pairs by code point; the first pair wins where two name one character.
    private static let encoding: [UInt16: (UInt8, UInt8)] = {
        var pairs: [UInt16: (UInt8, UInt8)] = [:]
        for (index, scalar) in decoding.enumerated() where scalar != 0 && pairs[scalar] == nil {
            pairs[scalar] = (leads.lowerBound + UInt8(index / trails.count), trails.lowerBound + UInt8(index % trails.count))
        }
        return pairs
    }()

    /// The text, or nil when the bytes are not CP949.
    package static func decode(_ bytes: [UInt8]) -> String? {
        var scalars = String.UnicodeScalarView()
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                scalars.append(Unicode.Scalar(byte))
                index += 1
                continue
            }
            guard leads.contains(byte), index + 1 < bytes.count, trails.contains(bytes[index + 1]) else { return nil }
            let value = decoding[Int(byte - leads.lowerBound) * trails.count + Int(bytes[index + 1] - trails.lowerBound)]
            guard value != 0, let scalar = Unicode.Scalar(value) else { return nil }
            scalars.append(scalar)
            index += 2
        }
        return String(scalars)
    }

    /// The text in CP949; a character it has no code for is written `?`.
    package static func encode(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 {
                bytes.append(UInt8(scalar.value))
            } else if scalar.value <= 0xFFFF, let pair = encoding[UInt16(scalar.value)] {
                bytes += [pair.0, pair.1]
            } else {
                bytes.append(UInt8(ascii: "?"))
            }
        }
        return bytes
    }
}
