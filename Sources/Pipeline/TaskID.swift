/// Task ids: 128 random bits as 32 lowercase hex digits, unguessable so a task id alone reveals nothing.
package enum TaskID {
    package static let versionCount = 3

    package static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        let words = (generator.next() as UInt64, generator.next() as UInt64)
        return hex(words.0) + hex(words.1)
    }

    package static func isValid(_ id: String) -> Bool {
        id.utf8.count == 32 && id.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
