/// Characters no teacher types and no field needs, refused wherever a request holds text: C0 controls
/// (a line break or a tab only where the field is text of several lines), DEL, C1 controls, and the
/// Unicode noncharacters (U+FDD0–U+FDEF and the last two code points of every plane). They arrive from
/// broken copy-and-paste or on purpose, and would reach the drafts, the rules and a model's prompt.
enum InputCharacters {
    /// The first refused scalar of `text` and its position in characters, counted from 1.
    static func firstRefused(in text: String, lines: Bool) -> (scalar: Unicode.Scalar, position: Int)? {
        guard let index = text.unicodeScalars.firstIndex(where: { isRefused($0, lines: lines) }) else { return nil }
        return (text.unicodeScalars[index], text[..<index].count + 1)
    }

    static func isRefused(_ scalar: Unicode.Scalar, lines: Bool) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0D, 0x09: !lines
        case 0x00...0x1F, 0x7F...0x9F: true
        default: isNoncharacter(scalar)
        }
    }

    static func isNoncharacter(_ scalar: Unicode.Scalar) -> Bool {
        (0xFDD0...0xFDEF).contains(scalar.value) || scalar.value & 0xFFFE == 0xFFFE
    }

    /// The most code points one string may have: a line (a subject, a term, a name) 50, a text 20,000.
    /// The document's `maxLength` counts code points; the rules behind count characters (grapheme
    /// clusters), of which a string can have fewer, so a text of 20,001 code points with a skin-tone
    /// modifier would pass them while the document calls it too long (found by schemathesis).
    static func maximumCodePoints(lines: Bool) -> Int { lines ? CheckBody.maximumCharacters : 50 }

    /// Refuses `text` with a message naming `what` (the field, or its item) and the code point, or
    /// its length when it has more code points than `maximumCodePoints`.
    static func check(_ text: String, field: String, what: String, lines: Bool) throws(APIError) {
        let limit = maximumCodePoints(lines: lines)
        if text.unicodeScalars.count > limit {
            throw .invalid(field, "\(what) is longer than \(limit) characters (Unicode code points)")
        }
        guard let (scalar, position) = firstRefused(in: text, lines: lines) else { return }
        let kind = isNoncharacter(scalar) ? "the noncharacter" : "the control character"
        let rule = lines ? "only line breaks and tabs are allowed" : "it must be one line of text, without control characters"
        throw .invalid(field, "\(what) contains \(kind) \(codePoint(scalar.value)) at character \(position); \(rule)")
    }

    /// `U+000A`, `U+10FFFF`: how a message names a code point.
    static func codePoint(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
