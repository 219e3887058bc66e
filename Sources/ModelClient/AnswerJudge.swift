/// Why an answer was cut off while it streamed. The call ends there, its tokens are counted, and its
/// text is not used.
package enum CutOff: String, Sendable, Equatable {
    /// The text so far is already well past what a right answer can hold.
    case overLength = "over_length"
    /// The text repeats itself: a model in a loop writes until its token limit.
    case loop
    /// The text holds what the rules reject outright, such as the prompt's own rules repeated.
    case rejectedContent = "rejected_content"
    /// Nothing arrived for the idle timeout after the answer had begun.
    case idle
}

/// Watches an answer as it streams and says when to stop reading it, by the same checks that judge a
/// finished answer. The caller supplies one per call; each attempt starts from a fresh copy.
package protocol AnswerJudge: Sendable {
    /// Called with the whole text so far each time it grows; a reason ends the call there.
    mutating func verdict(on answer: String) -> CutOff?
}
