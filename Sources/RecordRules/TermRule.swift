/// One lexicon entry of a detector: terms, what they mean, and the context that confirms a match.
package struct TermRule: Sendable {
    package let category: ViolationCategory
    package let severity: Severity
    package let terms: [String]
    package let reason: String
    package let suggestion: String?
    /// nil: applies in every section.
    package let sections: Set<Section>?
    /// How a drafting stage may keep the clause instead of dropping it.
    package let rephrasing: Rephrasing?
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
package enum Rephrasing: Sendable, Equatable {
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
    case notFollowedByCues(Cues)
    case notPrecededByCues(Cues)
    case followedWithinCues(Cues, window: Int)
    case precededWithinCues(Cues, window: Int)
    /// No term of the cues within `window` scalars before the match, inside its sentence: "반 친구 발목
    /// 다쳤을 때" is someone else's mishap.
    case notPrecededWithinCues(Cues, window: Int)
    /// No term of the cues anywhere in the match's sentence: what makes the match a topic, someone
    /// else's, or an exercise ("게으름을 주제로 토론함").
    case sentenceWithoutCues(Cues)
    /// No term of the cues between the match and the end of its sentence: what follows makes the
    /// match part of an effort ("잘 안 되는 리시브를 벽치기로 연습함").
    case restOfSentenceWithoutCues(Cues)
    case all([TermContext])
    case any([TermContext])
    /// Rule-specific logic over the text and the match range.
    case custom(@Sendable (ScalarText, Range<Int>) -> Bool)

    static func notFollowedBy(_ words: [String]) -> TermContext { .notFollowedByCues(Cues(words)) }
    static func notPrecededBy(_ words: [String]) -> TermContext { .notPrecededByCues(Cues(words)) }
    /// Another term of `cues` within `window` scalars after the match, inside the same sentence.
    static func followedWithin(_ cues: [String], window: Int) -> TermContext { .followedWithinCues(Cues(cues), window: window) }
    /// Another term of `cues` within `window` scalars before the match, inside the same sentence.
    static func precededWithin(_ cues: [String], window: Int) -> TermContext { .precededWithinCues(Cues(cues), window: window) }
    static func notPrecededWithin(_ cues: Cues, window: Int) -> TermContext { .notPrecededWithinCues(cues, window: window) }
    static func notInSentence(_ cues: Cues) -> TermContext { .sentenceWithoutCues(cues) }
    static func notLaterInSentence(_ cues: Cues) -> TermContext { .restOfSentenceWithoutCues(cues) }

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
        case .notFollowedByCues(let cues):
            return !cues.starts(in: text, at: match.upperBound)
        case .notPrecededByCues(let cues):
            return !cues.ends(in: text, at: match.lowerBound)
        case .followedWithinCues(let cues, let window):
            let end = min(sentence.upperBound, match.upperBound + window)
            return cues.occurs(in: text, match.upperBound..<max(match.upperBound, end))
        case .precededWithinCues(let cues, let window):
            let start = max(sentence.lowerBound, match.lowerBound - window)
            return cues.occurs(in: text, min(start, match.lowerBound)..<match.lowerBound)
        case .notPrecededWithinCues(let cues, let window):
            let start = max(sentence.lowerBound, match.lowerBound - window)
            return !cues.occurs(in: text, min(start, match.lowerBound)..<match.lowerBound)
        case .sentenceWithoutCues(let cues):
            return !cues.occurs(in: text, sentence)
        case .restOfSentenceWithoutCues(let cues):
            return !cues.occurs(in: text, match.upperBound..<max(match.upperBound, sentence.upperBound))
        case .all(let contexts):
            return contexts.allSatisfy { $0.confirms(text, match, sentence: sentence) }
        case .any(let contexts):
            return contexts.contains { $0.confirms(text, match, sentence: sentence) }
        case .custom(let predicate):
            return predicate(text, match)
        }
    }
}
