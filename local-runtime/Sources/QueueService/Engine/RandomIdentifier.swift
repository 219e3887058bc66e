/// Random version-4 UUID strings (message ids, request ids, task ids). Foundation's `UUID()` opens
/// /dev/urandom on every call on Linux, which shows up at tens of thousands of ids per second; callers
/// on hot paths pass a seeded generator, others get getrandom(2) without a file descriptor.
enum RandomIdentifier {
    static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        return make(using: &generator)
    }

    static func make(using generator: inout some RandomNumberGenerator) -> String {
        let high = generator.next() & 0xffff_ffff_ffff_0fff | 0x0000_0000_0000_4000
        let low = generator.next() & 0x3fff_ffff_ffff_ffff | 0x8000_0000_0000_0000
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(36)
        for (index, word) in [high, low].enumerated() {
            for nibble in 0..<16 {
                let position = index * 16 + nibble
                if position == 8 || position == 12 || position == 16 || position == 20 { out.append(UInt8(ascii: "-")) }
                out.append(digits[Int((word >> UInt64(60 - nibble * 4)) & 0xf)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
