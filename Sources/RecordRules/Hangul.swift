/// Arithmetic on precomposed Hangul syllables (U+AC00–U+D7A3): syllable = 0xAC00 + (initial × 21 + medial) × 28 + final.
package enum Hangul {
    package static let firstSyllable: UInt32 = 0xAC00
    package static let lastSyllable: UInt32 = 0xD7A3

    /// Final-consonant (받침) indices used by the style rules.
    package enum Final {
        package static let none = 0
        package static let rieul = 8        // ㄹ
        package static let rieulMieum = 10  // ㄻ
        package static let mieum = 16       // ㅁ
        package static let bieup = 17       // ㅂ
        package static let siot = 19        // ㅅ
        package static let ssangSiot = 20   // ㅆ
        package static let nieun = 4        // ㄴ
        package static let tikeut = 7       // ㄷ
    }

    /// Initial-consonant indices.
    package enum Initial {
        package static let ieung = 11  // ㅇ
        package static let hieut = 18  // ㅎ
        package static let rieul = 5   // ㄹ
        package static let pieup = 17  // ㅍ
        package static let ssangBieup = 8  // ㅃ
    }

    /// Medial-vowel indices.
    package enum Medial {
        package static let a = 0, ae = 1, ya = 2, eo = 4, e = 5, yeo = 6, o = 8, wa = 9, wae = 10, oe = 11
        package static let u = 13, wo = 14, we = 15, wi = 16, eu = 18, i = 20
    }

    package struct Syllable: Equatable, Sendable {
        package var initial: Int
        package var medial: Int
        package var final: Int

        package init(initial: Int, medial: Int, final: Int) {
            self.initial = initial
            self.medial = medial
            self.final = final
        }

        package var scalar: Unicode.Scalar {
            Unicode.Scalar(Hangul.firstSyllable + UInt32((initial * 21 + medial) * 28 + final))!
        }

        package func with(final newFinal: Int) -> Syllable {
            Syllable(initial: initial, medial: medial, final: newFinal)
        }

        package func with(medial newMedial: Int) -> Syllable {
            Syllable(initial: initial, medial: newMedial, final: final)
        }
    }

    @inline(__always)
    package static func isSyllable(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= firstSyllable && scalar.value <= lastSyllable
    }

    package static func decompose(_ scalar: Unicode.Scalar) -> Syllable? {
        guard isSyllable(scalar) else { return nil }
        let index = Int(scalar.value - firstSyllable)
        return Syllable(initial: index / (21 * 28), medial: (index / 28) % 21, final: index % 28)
    }

    /// The final-consonant index of a syllable, nil for anything that is not a Hangul syllable.
    package static func finalIndex(_ scalar: Unicode.Scalar) -> Int? {
        guard isSyllable(scalar) else { return nil }
        return Int(scalar.value - firstSyllable) % 28
    }

    package static func hasFinal(_ scalar: Unicode.Scalar) -> Bool {
        (finalIndex(scalar) ?? 0) != 0
    }

    /// Picks the particle form that agrees with the last syllable: 을/를, 이/가, 은/는, 과/와, 으로/로.
    package static func particle(after word: String, withFinal: String, withoutFinal: String) -> String {
        // A word ending in a digit or a Latin letter takes the particle of how it is read: "34.8과",
        // "2와", "HTML과". A value read with its unit: "4.6%" is 퍼센트, "48m", "12cm", "250mL" are 미터 and 리터.
        if word.hasSuffix("%") { return withoutFinal }
        if let unit = ["mm", "cm", "km", "mL", "ml", "L", "m"].first(where: { word.hasSuffix($0) }),
           word.dropLast(unit.count).last?.isNumber == true || word.dropLast(unit.count).last == " "
        {
            return withoutFinal
        }
        let spoken = word.unicodeScalars.last(where: { isSyllable($0) || ScalarText.isASCIIAlphanumeric($0) })
        if let spoken, !isSyllable(spoken) {
            let finalRieul = "178lLrR".unicodeScalars.contains(spoken)
            if finalRieul && withFinal == "으로" { return withoutFinal }
            // g reads as 그램, a letter m or n as 엠, 엔: "31kg으로", "PM을".
            return finalRieul || "0136mMnNgG".unicodeScalars.contains(spoken) ? withFinal : withoutFinal
        }
        guard let last = spoken else { return withoutFinal }
        let final = finalIndex(last) ?? 0
        // 으로/로 treats a final ㄹ as if there were none.
        if withFinal == "으로" && final == Final.rieul { return withoutFinal }
        return final == 0 ? withoutFinal : withFinal
    }
}
