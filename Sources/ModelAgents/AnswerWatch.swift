import ModelClient
import RecordAgents
import RecordRules

/// The checks that judge a finished answer, applied while it streams, so a model that writes nonsense
/// or never stops is cut off when that shows instead of at its token limit or the attempt's timeout:
///
/// - **over length**: the text so far is half again past the bytes its texts may hold, plus room for the
///   JSON around them (a right answer is shorter, and an over-long one would be fitted by the rules anyway);
/// - **loop**: the text's last 48 bytes occur more often than a right answer repeats anything (three
///   versions may share a sentence, so the draft's answer gets more room);
/// - **rejected content**: the text states forbidden content of a kind the notes hold none of (대회·수상,
///   공인어학시험, 해외활동 …), so the model made it up or is repeating the prompt's rules; what the notes
///   themselves hold the rules drop from a finished answer as always. Names and schools are not looked
///   for: the model never saw them (IdentityRedaction), and meta text is the parser's to strip.
///
/// Every check but the length runs each time the text has grown by `step` bytes, not on every token.
struct AnswerWatch: AnswerJudge {
    /// The UTF-8 (and NEIS: Hangul 3, ASCII 1) bytes past which the answer is cut off.
    let limitBytes: Int
    /// How often the text's tail may occur before it is a loop.
    let repeats: Int
    private let section: Section
    private let detector: ForbiddenContentDetector
    /// The kinds of forbidden content the notes hold.
    private let inNotes: Set<ViolationCategory>
    private var checkedBytes = 0

    static let tail = 48
    static let step = 48

    /// `bytes`: what each of `texts` texts may hold.
    init(request: DraftRequest, bytes: Int, texts: Int) {
        limitBytes = texts * (bytes * 3 / 2 + 64) + 64
        repeats = texts + 2
        section = request.options.section
        detector = ForbiddenContentDetector()
        inNotes = Set(detector.detect(in: ScalarText(request.notes), section: section).map(\.category))
    }

    mutating func verdict(on answer: String) -> CutOff? {
        let bytes = answer.utf8.count
        if bytes > limitBytes { return .overLength }
        guard bytes - checkedBytes >= Self.step else { return nil }
        checkedBytes = bytes
        if Self.occurrences(ofTailOf: Array(answer.utf8)) > repeats { return .loop }
        if invents(answer) { return .rejectedContent }
        return nil
    }

    /// How often the last `tail` bytes occur in `bytes`, without overlaps.
    static func occurrences(ofTailOf bytes: [UInt8]) -> Int {
        guard bytes.count >= tail * 2 else { return 1 }
        let pattern = bytes[(bytes.count - tail)...]
        var count = 0
        var index = 0
        while index <= bytes.count - tail {
            if bytes[index] == pattern.first!, bytes[index..<(index + tail)].elementsEqual(pattern) {
                count += 1
                index += tail
            } else {
                index += 1
            }
        }
        return count
    }

    private func invents(_ answer: String) -> Bool {
        detector.detect(in: ScalarText(answer), section: section).contains { violation in
            violation.severity == .block && Self.watched(violation.category) && !inNotes.contains(violation.category)
        }
    }

    private static func watched(_ category: ViolationCategory) -> Bool {
        switch category {
        case .instructionText, .personalInformation, .schoolIdentity, .customTerm: false
        default: category.isForbiddenContent
        }
    }
}
