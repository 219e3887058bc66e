/// Finds every occurrence of a set of term rules in one pass over the text: terms are indexed by
/// their first scalar, so each position is compared only with the terms that can start there.
struct LexiconMatcher: Sendable {
    struct Entry: Sendable {
        let term: [UInt32]
        let rule: Int
    }

    let rules: [TermRule]
    private let byFirstScalar: [UInt32: [Entry]]
    /// The same index as a table for Hangul syllables and ASCII, which is most text: no hashing.
    private let hangul: [[Entry]]
    private let ascii: [[Entry]]

    init(rules: [TermRule]) {
        self.rules = rules
        var index: [UInt32: [Entry]] = [:]
        for (ruleIndex, rule) in rules.enumerated() {
            for term in rule.terms {
                let folded = ScalarText.fold(term)
                guard let first = folded.first else { continue }
                index[first, default: []].append(Entry(term: folded, rule: ruleIndex))
            }
        }
        // Longest terms first so "최우수상" is tried before "우수상" at the same position.
        byFirstScalar = index.mapValues { $0.sorted { $0.term.count > $1.term.count } }
        // Tables only for the built-in lexicons; a request's few extra terms stay in the dictionary.
        let tabled = index.values.reduce(0) { $0 + $1.count } >= 64
        var hangul = [[Entry]](repeating: [], count: tabled ? Int(Hangul.lastSyllable - Hangul.firstSyllable) + 1 : 0)
        var ascii = [[Entry]](repeating: [], count: tabled ? 128 : 0)
        for (scalar, entries) in byFirstScalar where tabled {
            if scalar >= Hangul.firstSyllable && scalar <= Hangul.lastSyllable {
                hangul[Int(scalar - Hangul.firstSyllable)] = entries
            } else if scalar < 128 {
                ascii[Int(scalar)] = entries
            }
        }
        self.hangul = hangul
        self.ascii = ascii
    }

    @inline(__always)
    private func entries(startingWith scalar: UInt32) -> [Entry]? {
        if hangul.isEmpty { return byFirstScalar[scalar] }
        if scalar >= Hangul.firstSyllable && scalar <= Hangul.lastSyllable {
            let entries = hangul[Int(scalar - Hangul.firstSyllable)]
            return entries.isEmpty ? nil : entries
        }
        if scalar < 128 {
            let entries = ascii[Int(scalar)]
            return entries.isEmpty ? nil : entries
        }
        return byFirstScalar[scalar]
    }

    struct Match {
        let range: Range<Int>
        let rule: TermRule
        /// The rule's index in `rules`, for tables that keep more per rule than a TermRule holds.
        let ruleIndex: Int
    }

    /// Confirmed matches; overlapping matches of the same category are reported once.
    func matches(in text: ScalarText, section: Section?) -> [Match] {
        var found: [Match] = []
        var coveredUntil: [ViolationCategory: Int] = [:]
        for position in 0..<text.count {
            guard let entries = entries(startingWith: text.folded[position]) else { continue }
            for entry in entries where text.matches(entry.term, at: position) {
                let rule = rules[entry.rule]
                if let sections = rule.sections, let section, !sections.contains(section) { continue }
                if let covered = coveredUntil[rule.category], position < covered { continue }
                let range = position..<(position + entry.term.count)
                let sentence = text.sentenceRange(containing: position)
                guard rule.context.confirms(text, range, sentence: sentence) else { continue }
                found.append(Match(range: rule.widen?(text, range) ?? range, rule: rule, ruleIndex: entry.rule))
                coveredUntil[rule.category] = range.upperBound
            }
        }
        return found
    }
}
