import Foundation

/// CSV a Korean spreadsheet program opens with its Hangul intact: UTF-8 with a byte order mark (which
/// Excel needs to tell it is UTF-8), or CP949 for programs that only read that.
package enum CSVWriter {
    package enum Encoding: String, Sendable, CaseIterable {
        case utf8 = "utf-8"
        case cp949
    }

    package static func text(_ rows: [[SheetCell]]) -> String {
        rows.map { $0.map { field($0.text) }.joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// A character CP949 has no code for (an emoji, say) is written as `?`.
    package static func bytes(_ rows: [[SheetCell]], encoding: Encoding) -> [UInt8] {
        let text = text(rows)
        switch encoding {
        case .utf8: return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        case .cp949: return CP949.encode(text)
        }
    }

    /// Quoted when it holds a separator, a quote or a line break; and when it starts with a sign a
    /// spreadsheet would read as a formula (=, +, -, @), so a draft is never run as one.
    static func field(_ value: String) -> String {
        let formula = value.first.map { "=+-@".contains($0) } ?? false
        let text = formula ? "'" + value : value
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
