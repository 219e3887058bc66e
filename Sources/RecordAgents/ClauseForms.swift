import RecordRules

/// Clauses are kept in their stand-alone noun form ("측정을 담당함"); joining turns all but the last
/// of a sentence into connectives ("측정을 담당하고", "자료를 찾으며"). Converting back and forth this
/// way never needs the original ending, so any clause can be dropped or moved.
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

    /// One sentence from noun-form clauses.
    static func sentence(_ clauses: [String]) -> String {
        guard let last = clauses.last else { return "" }
        var parts: [String] = []
        for (index, clause) in clauses.dropLast().enumerated() {
            parts.append(connective(clause, preferGo: index % 2 == 0))
        }
        parts.append(last)
        return parts.joined(separator: " ") + "."
    }

    /// The sentences of a text as lists of noun-form clauses.
    static func parse(_ text: String) -> [[String]] {
        NotesStructure(text).paragraphs
            .flatMap { NotesStructure.sentences(of: $0) }
            .map { ClauseSplitter.clauses(of: $0).map(nounForm(of:)).filter { !$0.isEmpty } }
            .filter { !$0.isEmpty }
    }

    static func render(_ sentences: [[String]]) -> String {
        sentences.filter { !$0.isEmpty }.map(sentence).joined(separator: " ")
    }

}
