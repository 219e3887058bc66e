import RecordRules

/// A clause's stand-alone noun form ("측정을 담당함") and its connective form ("측정을 담당하고",
/// "자료를 찾으며"): the two predicate shapes a record sentence ends or continues with.
enum ClauseForms {
    /// The stand-alone 음슴체 form of a clause, without the period.
    static func nounForm(of clause: ClauseSplitter.Clause) -> String {
        let converted: String
        if let stem = clause.connectiveStem {
            let word = VerbStem.nounForm(ofStem: stem)
            converted = clause.body.isEmpty ? word : clause.body + " " + word
        } else {
            converted = Style.convertSentence(clause.text)
        }
        return converted.hasSuffix(".") ? String(converted.dropLast()) : converted
    }

    /// The connective form of a noun-form clause: 함 → 하고/하며, 임 → 이고/이며, 음 → 으며, 만듦 → 만들며.
    static func connective(_ nounFormClause: String, preferGo: Bool) -> String {
        var scalars = Array(nounFormClause.unicodeScalars)
        guard let last = scalars.last, let syllable = Hangul.decompose(last) else { return nounFormClause }
        if last == "음" {
            scalars.removeLast()
            return String(scalars: scalars) + "으며"
        }
        let base = syllable.with(final: syllable.final == Hangul.Final.rieulMieum ? Hangul.Final.rieul : 0)
        scalars[scalars.count - 1] = base.scalar
        // 고 only after 하/되/이, where the noun form gives the stem back unambiguously.
        let goSafe = ["하", "되", "이"].contains(String(Character(base.scalar)))
        return String(scalars: scalars) + (preferGo && goSafe ? "고" : "며")
    }
}
