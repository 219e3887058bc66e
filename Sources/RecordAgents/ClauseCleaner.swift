import RecordRules

/// The refine stage's work: strip what NEIS cannot take, make forbidden names generic or drop the
/// sentence, tone down praise, and reframe or drop negative clauses.
struct ClauseCleaner: Sendable {
    let checker: RuleChecker

    /// Intensifiers replaced by plain words or removed (지나친 미사여구 자제).
    private static let toneDown: [(String, String)] = [
        ("탁월한", "뛰어난"), ("탁월하게", "뛰어나게"), ("탁월함", "뛰어남"), ("완벽하게", "꼼꼼하게"), ("완벽한", "꼼꼼한"),
        ("최고의 ", ""), ("누구보다도 ", ""), ("누구보다 ", ""), ("유일하게 ", ""), ("압도적으로 ", ""), ("압도적인 ", ""),
        ("독보적인 ", ""), ("모든 면에서 ", ""), ("천재적인 ", ""), ("타의 추종을 불허하는 ", ""),
    ]

    /// First letters of the intensifiers: most sentences have none and skip the replacements.
    private static let toneDownStarts = Set(toneDown.compactMap { $0.0.unicodeScalars.first })

    /// Subjects a record leaves out (주어 생략): the student, or the student writing about themself.
    private static let subjects = ["이 학생은 ", "본 학생은 ", "해당 학생은 ", "학생은 ", "학생이 ", "나는 ", "저는 ", "내가 ", "제가 "]

    /// A sentence ready for clause work: characters NEIS cannot take removed, forbidden names made
    /// generic; nil when the sentence holds forbidden content that cannot be kept.
    func cleanSentence(_ sentence: String) -> String? {
        var text = Self.strippingDisallowedCharacters(sentence)
        if text.unicodeScalars.contains(where: Self.toneDownStarts.contains) {
            for (from, to) in Self.toneDown {
                text = text.replacingAll(from, with: to)
            }
        }
        for subject in Self.subjects where text.hasPrefix(subject) {
            text = String(text.dropFirst(subject.count))
        }
        return checker.neutralized(text)
    }

    /// The clause with its negative wording reframed or its framing word dropped, or nil when the
    /// clause is a shortcoming with no growth-oriented form. `usedRephrasings` keeps a reframing
    /// from appearing twice in one draft.
    func cleanClause(_ clause: String, usedRephrasings: inout Set<String>) -> String? {
        var text = clause
        for finding in checker.assess(text).wording {
            switch finding.rephrasing {
            case .expectation:
                // A shortcoming: the clause is left out.
                return nil
            case .dropTerm:
                text = text.replacingAll(finding.violation.excerpt + " ", with: "").replacingAll(finding.violation.excerpt, with: "")
            case .replaceTerm, nil:
                return nil
            }
        }
        text = text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        guard !ContentTerms.terms(in: text).isEmpty, checker.assess(text).wording.isEmpty else { return nil }
        return text
    }

    /// Every sentence of `text` cleaned, as noun-form clauses; sentences with nothing left are gone.
    func clean(_ text: String) -> [[String]] {
        var used = Set<String>()
        return NotesStructure(text).paragraphs
            .flatMap { NotesStructure.sentences(of: $0) }
            .compactMap(cleanSentence)
            .map { sentence in
                ClauseSplitter.clauses(of: sentence)
                    .map(ClauseForms.nounForm(of:))
                    .compactMap { cleanClause($0, usedRephrasings: &used) }
            }
            .filter { !$0.isEmpty }
    }

    /// Keeps what NEIS takes: Hangul, ASCII letters and digits, spaces and plain punctuation.
    static func strippingDisallowedCharacters(_ text: String) -> String {
        let allowed = Set(" .,()'\"-/:%~·&+".unicodeScalars)
        var kept: [Unicode.Scalar] = []
        for scalar in text.nfc.unicodeScalars {
            if Hangul.isSyllable(scalar) || ScalarText.isASCIIAlphanumeric(scalar) || allowed.contains(scalar) {
                kept.append(scalar)
            } else if ScalarText.isNewline(scalar) || scalar.properties.isWhitespace {
                kept.append(" ")
            }
        }
        return String(scalars: kept).split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }
}
