/// NFC-normalised text as an array of scalars, the unit every detector scans.
///
/// Hangul syllables are single scalars after NFC, so positions, lengths and look-arounds stay
/// simple and fast; spans are reported in UTF-16 units for the web page.
package struct ScalarText: Sendable {
    package let string: String
    package let scalars: [Unicode.Scalar]
    /// ASCII letters lower-cased, for case-insensitive matching of Latin terms.
    let folded: [UInt32]
    /// utf16Offsets[i] is the UTF-16 offset of scalar i; one extra entry for the end.
    private let utf16Offsets: [Int]?

    package init(_ text: String) {
        self.init(normalized: text.nfc)
    }

    package init(normalized: String) {
        string = normalized
        scalars = Array(normalized.unicodeScalars)
        folded = scalars.map { scalar in
            let value = scalar.value
            return (0x41...0x5A).contains(value) ? value + 0x20 : value
        }
        if scalars.contains(where: { $0.value > 0xFFFF }) {
            var offsets = [Int]()
            offsets.reserveCapacity(scalars.count + 1)
            var offset = 0
            for scalar in scalars {
                offsets.append(offset)
                offset += scalar.value > 0xFFFF ? 2 : 1
            }
            offsets.append(offset)
            utf16Offsets = offsets
        } else {
            utf16Offsets = nil
        }
    }

    package var count: Int { scalars.count }

    package func span(_ range: Range<Int>) -> TextSpan {
        guard let offsets = utf16Offsets else { return TextSpan(start: range.lowerBound, end: range.upperBound) }
        return TextSpan(start: offsets[range.lowerBound], end: offsets[range.upperBound])
    }

    package func slice(_ range: Range<Int>) -> String {
        String(scalars: scalars[range])
    }

    /// True when `term` (already folded) occurs at `position`.
    @inline(__always)
    func matches(_ term: [UInt32], at position: Int) -> Bool {
        guard position >= 0, position + term.count <= folded.count else { return false }
        for offset in 0..<term.count where folded[position + offset] != term[offset] {
            return false
        }
        return true
    }

    /// True when `text` (NFC, as every literal and slice here is) occurs at `position`,
    /// case-insensitive for ASCII letters. Compares in place: the rules call this on every match.
    package func hasText(_ text: String, at position: Int) -> Bool {
        guard position >= 0 else { return false }
        var index = position
        for scalar in text.unicodeScalars {
            guard index < folded.count else { return false }
            let value = scalar.value
            if folded[index] != ((0x41...0x5A).contains(value) ? value + 0x20 : value) { return false }
            index += 1
        }
        return true
    }

    /// Every start position of `text`.
    package func occurrences(of text: String) -> [Int] {
        let term = ScalarText.fold(text)
        guard !term.isEmpty, term.count <= folded.count else { return [] }
        return (0...(folded.count - term.count)).filter { matches(term, at: $0) }
    }

    static func fold(_ text: String) -> [UInt32] {
        text.nfc.unicodeScalars.map { scalar in
            let value = scalar.value
            return (0x41...0x5A).contains(value) ? value + 0x20 : value
        }
    }

    // MARK: character classes

    @inline(__always)
    package static func isASCIIAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)
    }

    @inline(__always)
    package static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        Hangul.isSyllable(scalar) || isASCIIAlphanumeric(scalar)
    }

    /// Sentence-ending punctuation.
    @inline(__always)
    package static func isSentenceTerminator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E, 0x21, 0x3F, 0x3002, 0xFF0E, 0xFF01, 0xFF1F: true
        default: false
        }
    }

    static func isBreakingSymbol(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        // Laughter and tears typed as letters (ㅋㅋ, ㅎㅎ, ㅠㅠ, ㅜㅜ) end a remark as an emoji does.
        case 0x1F000...0x1FAFF, 0x2600...0x27BF, 0x2B00...0x2BFF, 0x203B, 0x314B, 0x314E, 0x3160, 0x315C: true
        default: false
        }
    }

    @inline(__always)
    package static func isNewline(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x0A || scalar.value == 0x0D || scalar.value == 0x2028 || scalar.value == 0x2029
    }

    // MARK: structure

    /// True when nothing that belongs to a word precedes `position`.
    package func isWordStart(_ position: Int) -> Bool {
        position == 0 || !ScalarText.isWordCharacter(scalars[position - 1])
    }

    /// True when nothing that belongs to a word follows `end`.
    package func isWordEnd(_ end: Int) -> Bool {
        end >= scalars.count || !ScalarText.isWordCharacter(scalars[end])
    }

    /// The range of the word (run of Hangul/ASCII alphanumerics) around `position`.
    package func wordRange(around position: Int) -> Range<Int> {
        var start = position
        while start > 0 && ScalarText.isWordCharacter(scalars[start - 1]) { start -= 1 }
        var end = position
        while end < scalars.count && ScalarText.isWordCharacter(scalars[end]) { end += 1 }
        return start..<end
    }

    /// `range` widened to the whole words it touches, for excerpts teachers can recognise.
    package func expandedToWord(_ range: Range<Int>) -> Range<Int> {
        let start = wordRange(around: range.lowerBound).lowerBound
        let end = range.upperBound > range.lowerBound ? wordRange(around: range.upperBound - 1).upperBound : range.upperBound
        return start..<max(end, range.upperBound)
    }

    /// An e-mail address around the "@" at `at`.
    func emailRange(around at: Int) -> Range<Int> {
        func isEmailScalar(_ scalar: Unicode.Scalar) -> Bool {
            ScalarText.isASCIIAlphanumeric(scalar) || "._-+".unicodeScalars.contains(scalar)
        }
        var start = at
        while start > 0 && isEmailScalar(scalars[start - 1]) { start -= 1 }
        var end = at + 1
        while end < scalars.count && isEmailScalar(scalars[end]) { end += 1 }
        while end > at + 1 && scalars[end - 1] == "." { end -= 1 }
        return start..<end
    }

    /// The sentence around `position`: bounded by terminators or line breaks.
    package func sentenceRange(containing position: Int) -> Range<Int> {
        var start = position
        while start > 0 && !ScalarText.isSentenceTerminator(scalars[start - 1]) && !ScalarText.isNewline(scalars[start - 1]) {
            start -= 1
        }
        var end = position
        while end < scalars.count && !ScalarText.isSentenceTerminator(scalars[end]) && !ScalarText.isNewline(scalars[end]) {
            end += 1
        }
        return start..<end
    }

    /// What follows a question or exclamation the sentence reports as a thought: "왜? 하고", "정말? 하며".
    private static let thoughtReporters = Cues([" 하고 ", " 하며 ", " 하면서 ", " 하는 ", " 싶어 "])

    /// Sentence ranges: a sentence ends at a terminator (not a decimal point) or a line break.
    /// Ranges exclude surrounding whitespace and include the terminator.
    package func sentenceRanges() -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var index = 0
        var depth = 0
        var quoted = false
        func close(_ end: Int) {
            var lower = start
            var upper = end
            while lower < upper && scalars[lower].properties.isWhitespace { lower += 1 }
            while upper > lower && scalars[upper - 1].properties.isWhitespace { upper -= 1 }
            if lower < upper { ranges.append(lower..<upper) }
        }
        while index < scalars.count {
            let scalar = scalars[index]
            // Inside parentheses a laugh or tear is the aside's own ("(가족이라 애매 ㅠ)"), not a sentence end.
            if ScalarText.isNewline(scalar) || ScalarText.isBreakingSymbol(scalar) && depth == 0 {
                // Emoji and decorative marks stand where a sentence ended in notes ("진행 👍 청중의").
                close(index)
                start = index + 1
                depth = 0
                quoted = false
            } else if scalar == "\"" || scalar == "“" || scalar == "”" {
                // A quote of several sentences ("…움직이나요? 그럼 시계는 왜 …?") is one part of the sentence
                // that reports it; a quote its line never closes is no quote.
                let opens = scalar == "“" || scalar == "\"" && !quoted
                quoted = opens && scalars[(index + 1)...].prefix(while: { !ScalarText.isNewline($0) }).contains { $0 == "\"" || $0 == "”" }
            } else if scalar == "(" {
                depth += 1
            } else if scalar == ")" {
                depth = max(0, depth - 1)
            } else if scalar == ".", index + 1 < scalars.count, scalars[index + 1] == ".",
                      let after = scalars[index...].firstIndex(where: { $0 != "." }), !scalars[after].properties.isWhitespace,
                      !ScalarText.isSentenceTerminator(scalars[after]), !"'\")]’”".unicodeScalars.contains(scalars[after])
            {
                // An ellipsis inside a word runs on: "2.718...이에요?" is one question.
                index = after
                continue
            } else if ScalarText.isSentenceTerminator(scalar) {
                // Not an end: a point inside a word or number ("3.5", "2025.03", "example.com") or
                // inside parentheses ("(2025.03. 선출)").
                let isInnerPoint = scalar == "." && index + 1 < scalars.count && ScalarText.isASCIIAlphanumeric(scalars[index + 1])
                    // Nor an initial of a name ("N.H. 클라인바움", "J. K. 롤링"): a capital letter alone before it.
                    || scalar == "." && index >= 1 && (0x41...0x5A).contains(scalars[index - 1].value)
                        && (index < 2 || !ScalarText.isASCIIAlphanumeric(scalars[index - 2]))
                // Nor a question or exclamation closing a quote or title inside the sentence ("'Should
                // uniforms be abolished?' 반대 입장", "「어디로 가는가?」를 읽고").
                let isQuotedMark = scalar != "." && index + 1 < scalars.count && "'\"’”」』》".unicodeScalars.contains(scalars[index + 1])
                // Nor a thought the sentence goes on to report without quotes ("나오자 왜? 하고 다시 측정함").
                let isReportedThought = scalar != "." && Self.thoughtReporters.match(in: self, at: index + 1) != nil
                if !isInnerPoint && !isQuotedMark && !isReportedThought && depth == 0 && !quoted {
                    var end = index + 1
                    // Keep runs like "?!" or a closing quote with their sentence.
                    while end < scalars.count
                        && (ScalarText.isSentenceTerminator(scalars[end]) || "'\")]’”".unicodeScalars.contains(scalars[end]))
                    {
                        end += 1
                    }
                    close(end)
                    start = end
                    index = end
                    continue
                }
            }
            index += 1
        }
        close(scalars.count)
        return ranges
    }
}
