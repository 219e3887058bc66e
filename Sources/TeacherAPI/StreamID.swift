/// A Redis stream id as `Last-Event-ID` carries it: two unsigned 64-bit numbers in decimal digits,
/// `<milliseconds>-<sequence>`, ordered as Redis orders its entries. Redis refuses a bigger number,
/// and its refusal must not come back as a 503.
struct StreamID: Comparable, Sendable {
    let milliseconds: UInt64
    let sequence: UInt64

    init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2,
              parts.allSatisfy({ part in
                  !part.isEmpty && part.utf8.count <= 20 && part.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
              }),
              let milliseconds = UInt64(parts[0]), let sequence = UInt64(parts[1])
        else { return nil }
        self.milliseconds = milliseconds
        self.sequence = sequence
    }

    static func < (left: StreamID, right: StreamID) -> Bool {
        (left.milliseconds, left.sequence) < (right.milliseconds, right.sequence)
    }
}
