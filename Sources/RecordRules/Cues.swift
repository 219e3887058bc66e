/// A list of short words looked for around a match (a verb after a place name, a subject before a
/// negative word). Folded once when the rules are built, so a look-up compares scalars only.
struct Cues: Sendable {
    private let terms: [[UInt32]]
    /// One bit per first scalar (modulo 64): most positions start no cue and are passed at once.
    private let firstScalars: UInt64

    init(_ words: [String]) {
        terms = words.map(ScalarText.fold).filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        firstScalars = terms.reduce(0) { $0 | (1 << UInt64($1[0] % 64)) }
    }

    /// The length of the longest cue that starts at `position`, nil when none does.
    func match(in text: ScalarText, at position: Int) -> Int? {
        guard position >= 0, position < text.count, firstScalars & (1 << UInt64(text.folded[position] % 64)) != 0 else { return nil }
        return terms.first { text.matches($0, at: position) }?.count
    }

    func starts(in text: ScalarText, at position: Int) -> Bool {
        match(in: text, at: position) != nil
    }

    /// True when a cue ends exactly at `end`.
    func ends(in text: ScalarText, at end: Int) -> Bool {
        terms.contains { text.matches($0, at: end - $0.count) }
    }

    /// The first position in `range` where a cue starts.
    func first(in text: ScalarText, _ range: Range<Int>) -> Int? {
        guard !range.isEmpty else { return nil }
        return range.first { position in
            firstScalars & (1 << UInt64(text.folded[position] % 64)) != 0
                && terms.contains { position + $0.count <= range.upperBound && text.matches($0, at: position) }
        }
    }

    func occurs(in text: ScalarText, _ range: Range<Int>) -> Bool {
        first(in: text, range) != nil
    }
}

extension ScalarText {
    /// `position` moved back over spaces.
    func skippingSpacesBackward(from position: Int) -> Int {
        var index = position
        while index > 0 && scalars[index - 1] == " " { index -= 1 }
        return index
    }

    /// `position` moved forward over spaces.
    func skippingSpacesForward(from position: Int) -> Int {
        var index = position
        while index < count && scalars[index] == " " { index += 1 }
        return index
    }

    /// The word (Hangul and ASCII alphanumerics) that ends at or before `position`, skipping spaces.
    func previousWord(before position: Int) -> Range<Int>? {
        let end = skippingSpacesBackward(from: position)
        guard end > 0, ScalarText.isWordCharacter(scalars[end - 1]) else { return nil }
        var start = end
        while start > 0 && ScalarText.isWordCharacter(scalars[start - 1]) { start -= 1 }
        return start..<end
    }

    /// The word that starts at or after `position`, skipping spaces.
    func nextWord(after position: Int) -> Range<Int>? {
        let start = skippingSpacesForward(from: position)
        guard start < count, ScalarText.isWordCharacter(scalars[start]) else { return nil }
        var end = start
        while end < count && ScalarText.isWordCharacter(scalars[end]) { end += 1 }
        return start..<end
    }

    @inline(__always)
    func isDigit(at position: Int) -> Bool {
        position >= 0 && position < count && (0x30...0x39).contains(scalars[position].value)
    }
}
