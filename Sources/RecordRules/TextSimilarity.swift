/// Character-trigram Jaccard similarity, the usual near-duplicate measure for Korean text:
/// 1 for identical texts, 0 for texts that share no three-character sequence. Spaces and
/// punctuation are ignored so that re-spacing does not count as a difference.
package enum TextSimilarity {
    package static func trigramJaccard(_ a: String, _ b: String) -> Double {
        let left = trigrams(a)
        let right = trigrams(b)
        if left.isEmpty && right.isEmpty { return 1 }
        let shared = left.intersection(right).count
        return Double(shared) / Double(left.count + right.count - shared)
    }

    static func trigrams(_ text: String) -> Set<UInt64> {
        let scalars = text.nfc.unicodeScalars.filter(ScalarText.isWordCharacter)
        guard scalars.count >= 3 else { return [] }
        var grams = Set<UInt64>()
        var window = Array(scalars.prefix(2)).map { UInt64($0.value) }
        for scalar in scalars.dropFirst(2) {
            let value = UInt64(scalar.value)
            grams.insert(window[0] << 42 | window[1] << 21 | value)
            window = [window[1], value]
        }
        return grams
    }
}
