import Foundation

/// Counts text the way NEIS (교육정보시스템) does, after NFC normalisation.
///
/// The 2026 기재요령 (p.208) fixes Hangul at 3 bytes, ASCII at 1 and Enter at 1; it is silent on
/// everything else. `official` follows the text and counts other characters at their UTF-8 length;
/// `safe` over-counts (Enter 2, other non-ASCII at least 3) so a draft fitted under it is never over
/// the limit whatever NEIS really does.
package enum ByteProfile: String, Sendable, CaseIterable, Codable {
    case official
    case safe
}

package struct NEISByteCounter: Sendable {
    package let profile: ByteProfile

    package init(profile: ByteProfile = .official) {
        self.profile = profile
    }

    package func count(_ text: String) -> Int {
        count(normalized: text.nfc)
    }

    /// Counts text the caller has already NFC-normalised (hot paths normalise once).
    package func count(normalized text: String) -> Int {
        var total = 0
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            // A newline sequence (CRLF, CR or LF) is one Enter.
            if value == 0x0A && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = value == 0x0D
            total += cost(of: scalar)
        }
        return total
    }

    /// The cost of one scalar; CRLF pairs are folded by `count`.
    package func cost(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value == 0x0A || value == 0x0D {
            return profile == .official ? 1 : 2
        }
        if value < 0x80 { return 1 }
        if (0xAC00...0xD7A3).contains(value) { return 3 }
        let utf8 = UTF8.width(scalar)
        return profile == .official ? utf8 : max(3, utf8)
    }
}
