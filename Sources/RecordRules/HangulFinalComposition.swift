extension String {
    /// NFC composes a Hangul syllable without a final consonant and a final jamo after it into one
    /// syllable (가 + ᆨ U+11A8 = 각), as browsers do; Foundation's normaliser on Linux leaves the pair
    /// apart, which made the page and the service count such text 3 and 6 bytes. This finishes that
    /// one composition on text already normalised otherwise.
    var composingHangulFinals: String {
        guard unicodeScalars.contains(where: { Self.finalJamo.contains($0.value) }) else { return self }
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(unicodeScalars.count)
        for scalar in unicodeScalars {
            if Self.finalJamo.contains(scalar.value), let previous = scalars.last,
                Self.syllables.contains(previous.value), (previous.value - Self.syllables.lowerBound) % 28 == 0,
                let syllable = Unicode.Scalar(previous.value + scalar.value - (Self.finalJamo.lowerBound - 1))
            {
                scalars[scalars.count - 1] = syllable
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars: scalars)
    }

    /// The 27 final consonants (ᆨ … ᇂ) that compose with a syllable; older finals do not.
    private static let finalJamo: ClosedRange<UInt32> = 0x11A8...0x11C2
    private static let syllables: ClosedRange<UInt32> = 0xAC00...0xD7A3
}
