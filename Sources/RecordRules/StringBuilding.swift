extension String {
    /// A string from Unicode scalars, encoded straight to UTF-8 (the generic scalar-view path
    /// transcodes one scalar at a time and dominated the engine's profile).
    package init<S: Sequence>(scalars: S) where S.Element == Unicode.Scalar {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.underestimatedCount * 3)
        for scalar in scalars {
            UTF8.encode(scalar) { bytes.append($0) }
        }
        self = String(decoding: bytes, as: UTF8.self)
    }

    /// The NFC form. Text made only of ASCII, Hangul syllables and common punctuation is already
    /// NFC, so the Foundation normaliser runs only when something else is present.
    package var nfc: String {
        let isComposed = unicodeScalars.allSatisfy { scalar in
            let value = scalar.value
            return value < 0x300 || (0xAC00...0xD7A3).contains(value) || (0x2010...0x2027).contains(value)
                || (0x3000...0x303F).contains(value) || (0x3131...0x318E).contains(value)
                || (0x4E00...0x9FFF).contains(value) || (0x1F300...0x1FAFF).contains(value) || (0x2600...0x27BF).contains(value)
        }
        return isComposed ? self : precomposedStringWithCanonicalMapping.composingHangulFinals
    }
}

extension StringProtocol {
    /// Without leading and trailing whitespace, line breaks included.
    package var trimmed: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars: scalars[first...last])
    }
}
