/// One message of the AWS event stream encoding (`application/vnd.amazon.eventstream`), the framing
/// `InvokeWithResponseStream` answers in: a prelude (total and header lengths, their CRC32), string
/// headers, the payload and a CRC32 of everything before it. The SDKs check both checksums.
struct EventStreamMessage {
    let headers: [(name: String, value: String)]
    let payload: [UInt8]

    /// An `event` message, as the SDKs dispatch by `:event-type`.
    static func event(_ type: String, contentType: String, payload: [UInt8]) -> EventStreamMessage {
        EventStreamMessage(
            headers: [(":event-type", type), (":content-type", contentType), (":message-type", "event")], payload: payload)
    }

    /// Header value type 7: a string with a 2-byte length.
    private static let stringType: UInt8 = 7

    var encoded: [UInt8] {
        var headerBytes: [UInt8] = []
        for (name, value) in headers {
            headerBytes.append(UInt8(name.utf8.count))
            headerBytes += name.utf8
            headerBytes.append(Self.stringType)
            headerBytes += Self.bigEndian(UInt16(value.utf8.count))
            headerBytes += value.utf8
        }
        // Prelude (12) + headers + payload + message CRC (4).
        let total = 12 + headerBytes.count + payload.count + 4
        var message = Self.bigEndian(UInt32(total)) + Self.bigEndian(UInt32(headerBytes.count))
        message += Self.bigEndian(CRC32.checksum(message))
        message += headerBytes
        message += payload
        message += Self.bigEndian(CRC32.checksum(message))
        return message
    }

    private static func bigEndian<T: FixedWidthInteger>(_ value: T) -> [UInt8] {
        withUnsafeBytes(of: value.bigEndian, Array.init)
    }
}

/// CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320), as the event stream prelude and trailer use.
enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { index in
        (0..<8).reduce(UInt32(index)) { crc, _ in crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
    }

    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        ~bytes.reduce(~UInt32(0)) { crc, byte in table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
    }
}
