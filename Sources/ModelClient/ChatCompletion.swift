/// A model's answer to one call, with what it cost.
package struct ChatCompletion: Sendable, Equatable {
    /// The model asked (the name the usage is recorded under).
    package let model: String
    package let content: String
    /// `stop`, or `length` when the answer was cut at the token limit.
    package let finishReason: String?
    package let promptTokens: Int
    package let completionTokens: Int
    /// Set when the answer was cut off while it streamed: `content` is the text until then (not an
    /// answer to use), and the tokens are those received (one an event) unless the server had reported them.
    package let cutOff: CutOff?
    /// HTTP attempts this call took.
    package let attempts: Int
    package let latency: Duration

    package init(
        model: String, content: String, finishReason: String?, promptTokens: Int, completionTokens: Int, cutOff: CutOff? = nil,
        attempts: Int, latency: Duration
    ) {
        self.model = model
        self.content = content
        self.finishReason = finishReason
        self.promptTokens = promptTokens
        self.completionTokens = completionTokens
        self.cutOff = cutOff
        self.attempts = attempts
        self.latency = latency
    }
}
