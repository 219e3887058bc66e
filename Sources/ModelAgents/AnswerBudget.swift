/// How long an answer may be, in tokens, from the NEIS bytes it should hold, and where it must stop:
/// a model that never stops (a small one writes until `max_tokens`) is cut off near what a right
/// answer needs instead of at the configured ceiling, so a stage waits seconds, not its timeout.
enum AnswerBudget {
    /// A Hangul syllable is 3 NEIS bytes and one or two tokens in the tokenizers of current models:
    /// two tokens per three bytes bounds the text; the JSON around each text and a sentence the
    /// model may add before it take the rest.
    static func tokens(bytes: Int, texts: Int = 1) -> Int {
        texts * (bytes * 2 / 3 + 48) + 32
    }

    /// Text no right answer holds: blank lines (the answer is one JSON object of one-paragraph
    /// texts) and the prompt's data tags, which a model that starts repeating its prompt writes.
    static let stop = ["\n\n\n", "<notes>", "<draft>", "</draft>"]
}
