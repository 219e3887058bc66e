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

    /// A clause told as where the student started, in the past and set against what follows:
    /// "맞춤법 자주 틀림" → "맞춤법 자주 틀렸으나", "과정 생략 많음" → "과정 생략 많았으나", "소극적" → "소극적이었으나".
    static func pastContrast(_ clause: String) -> String {
        var body = clause
        while let last = body.last, last == "." || last == " " { body.removeLast() }
        // "지각 잦음(11회)" → "지각(11회) 잦았으나": the note goes with what it counts.
        if body.hasSuffix(")"), let open = body.lastIndex(of: "("), open > body.startIndex {
            let note = String(body[open...])
            let contrasted = pastContrast(String(body[..<open]))
            guard let space = contrasted.lastIndex(of: " ") else { return contrasted + note }
            return contrasted[..<space] + note + contrasted[space...]
        }
        guard let space = body.lastIndex(of: " ").map({ body.index(after: $0) }) ?? Optional(body.startIndex) else { return body }
        let prefix = String(body[..<space])
        let word = String(body[space...])
        let scalars = Array(word.unicodeScalars)
        guard let last = scalars.last, let syllable = Hangul.decompose(last) else { return body }
        // Already past in its noun form: "많았음" → "많았으나".
        // "있음", "없음" end in ㅆ and ㅄ as stems, not as the past.
        if last == "음", scalars.count >= 2, Hangul.finalIndex(scalars[scalars.count - 2]) == Hangul.Final.ssangSiot,
           !["있", "없"].contains(scalars[scalars.count - 2]) {
            return prefix + String(scalars: scalars.dropLast()) + "으나"
        }
        if Style.isVerbalNoun(word) { return prefix + word + "했으나" }
        // "습관 있음" → "습관이 있었으나": a bare noun before 있다·없다 is its subject.
        if ["있음", "없음"].contains(word), let noun = prefix.split(separator: " ").last, noun.count >= 2,
           noun.unicodeScalars.allSatisfy(Hangul.isSyllable), !SentenceForms.endsInParticle(String(noun)) {
            let particle = Hangul.particle(after: String(noun), withFinal: "이", withoutFinal: "가")
            return String(prefix.dropLast()) + particle + " " + (word == "있음" ? "있었으나" : "없었으나")
        }
        guard let stem = stem(of: word) else {
            // A noun or a fragment: "소극적" → "소극적이었으나".
            return prefix + word + (syllable.final == 0 ? "였으나" : "이었으나")
        }
        return prefix + VerbStem.past(ofStem: stem) + "으나"
    }

    /// The stem of a predicate, plain or in its noun form: "틀렸다" → 틀리, "틀림" → 틀리, "많음" → 많,
    /// "만듦" → 만들; nil for a word that is neither.
    private static let nounsNeverPredicates: Set<String> = ["농담", "상담", "면담", "잡담", "부담", "보험", "시험", "사람", "이름"]

    static func stem(of word: String) -> String? {
        if let plain = VerbStem.stem(of: word, at: .sentenceFinal) { return plain }
        // "농담", "상담": nouns that end like a noun form and never close a clause as one.
        if nounsNeverPredicates.contains(word) { return nil }
        let scalars = Array(word.unicodeScalars)
        guard let last = scalars.last, let syllable = Hangul.decompose(last) else { return nil }
        if last == "음", scalars.count >= 2 { return String(scalars: scalars.dropLast()) }
        guard syllable.final == Hangul.Final.mieum || syllable.final == Hangul.Final.rieulMieum else { return nil }
        var stemScalars = scalars
        stemScalars[stemScalars.count - 1] = syllable.with(final: syllable.final == Hangul.Final.mieum ? 0 : Hangul.Final.rieul).scalar
        return String(scalars: stemScalars)
    }

    /// The connective form of a noun-form clause: 함 → 하고/하며, 임 → 이고/이며, 음 → 으며, 만듦 → 만들며.
    /// "많아짐" → "많아지고", "많음" → "많고", "만듦" → "만들고": the 고 form of a verb's noun form; nil
    /// when the word is no noun form.
    static func goForm(_ nounForm: String) -> String? {
        var scalars = Array(nounForm.unicodeScalars)
        guard let last = scalars.last, let syllable = Hangul.decompose(last), scalars.count >= 2 else { return nil }
        if last == "음" { return String(scalars: scalars.dropLast()) + "고" }
        guard syllable.final == Hangul.Final.mieum || syllable.final == Hangul.Final.rieulMieum else { return nil }
        scalars[scalars.count - 1] = syllable.with(final: syllable.final == Hangul.Final.rieulMieum ? Hangul.Final.rieul : 0).scalar
        return String(scalars: scalars) + "고"
    }

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
