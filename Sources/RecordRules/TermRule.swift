/// One lexicon entry of a detector: terms, what they mean, and the context that confirms a match.
public struct TermRule: Sendable {
    public let category: ViolationCategory
    public let severity: Severity
    public let terms: [String]
    public let reason: String
    public let suggestion: String?
    /// nil: applies in every section.
    public let sections: Set<Section>?
    /// How a drafting stage may keep the clause instead of dropping it.
    public let rephrasing: Rephrasing?
    let context: TermContext
    /// Widens a confirmed match to what must be reported and replaced (a name before its title).
    let widen: (@Sendable (ScalarText, Range<Int>) -> Range<Int>)?

    init(
        _ category: ViolationCategory, _ severity: Severity = .block, terms: [String], reason: String,
        suggestion: String? = nil, sections: Set<Section>? = nil, rephrasing: Rephrasing? = nil,
        context: TermContext = .anywhere, widen: (@Sendable (ScalarText, Range<Int>) -> Range<Int>)? = nil
    ) {
        self.category = category
        self.severity = severity
        self.terms = terms
        self.reason = reason
        self.suggestion = suggestion
        self.sections = sections
        self.rephrasing = rephrasing
        self.context = context
        self.widen = widen
    }
}

/// How a finding's words may be kept: a negative observation becomes an expectation about what the
/// student can grow in, never an invented improvement; framing words drop; names become generic.
public enum Rephrasing: Sendable, Equatable {
    /// The clause records a shortcoming; a draft may instead state an expectation about `aspect`, a
    /// short noun phrase without a particle ("과제 제출 기한 관리", "발표 전달력"): see `Expectation`.
    case expectation(aspect: String)
    /// The word only frames (하지만, 그러나); dropping it keeps every fact.
    case dropTerm
    /// The word is a generic stand-in for a name ("서울대" → "대학").
    case replaceTerm(String)
}

/// How a term occurrence is confirmed. Context rules keep "감상", "대상 학생", "금상첨화",
/// "대학 진학" and "가족과의 대화" from being reported.
indirect enum TermContext: Sendable {
    case anywhere
    /// Not preceded by a word character.
    case wordStart
    /// A Latin term standing alone: no ASCII letter or digit on either side.
    case asciiWord
    case notFollowedBy([String])
    case notPrecededBy([String])
    /// Another term of `cues` within `window` scalars after the match, inside the same sentence.
    case followedWithin([String], window: Int)
    /// Another term of `cues` within `window` scalars before the match, inside the same sentence.
    case precededWithin([String], window: Int)
    case all([TermContext])
    case any([TermContext])
    /// Rule-specific logic over the text and the match range.
    case custom(@Sendable (ScalarText, Range<Int>) -> Bool)

    func confirms(_ text: ScalarText, _ match: Range<Int>, sentence: Range<Int>) -> Bool {
        switch self {
        case .anywhere:
            return true
        case .wordStart:
            return text.isWordStart(match.lowerBound)
        case .asciiWord:
            let before = match.lowerBound == 0 || !ScalarText.isASCIIAlphanumeric(text.scalars[match.lowerBound - 1])
            let after = match.upperBound >= text.count || !ScalarText.isASCIIAlphanumeric(text.scalars[match.upperBound])
            return before && after
        case .notFollowedBy(let words):
            return !words.contains { text.hasText($0, at: match.upperBound) }
        case .notPrecededBy(let words):
            return !words.contains { word in
                let length = word.unicodeScalars.count
                return text.hasText(word, at: match.lowerBound - length)
            }
        case .followedWithin(let cues, let window):
            let end = min(sentence.upperBound, match.upperBound + window)
            return cues.contains { cue in
                let length = cue.unicodeScalars.count
                guard match.upperBound + length <= end else { return false }
                return (match.upperBound...(end - length)).contains { text.hasText(cue, at: $0) }
            }
        case .precededWithin(let cues, let window):
            let start = max(sentence.lowerBound, match.lowerBound - window)
            return cues.contains { cue in
                let length = cue.unicodeScalars.count
                guard start + length <= match.lowerBound else { return false }
                return (start...(match.lowerBound - length)).contains { text.hasText(cue, at: $0) }
            }
        case .all(let contexts):
            return contexts.allSatisfy { $0.confirms(text, match, sentence: sentence) }
        case .any(let contexts):
            return contexts.contains { $0.confirms(text, match, sentence: sentence) }
        case .custom(let predicate):
            return predicate(text, match)
        }
    }
}
