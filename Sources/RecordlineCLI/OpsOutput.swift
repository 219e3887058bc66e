import Foundation

/// How the ops commands print: JSON on standard output for scripts, tables for people, and progress
/// and notes on standard error so they never mix with either.
enum OpsOutput {
    static func json(_ value: some Encodable, compact: Bool = false) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = compact ? [.sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        print(String(decoding: try encoder.encode(value), as: UTF8.self))
        fflush(nil)
    }

    static func note(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
