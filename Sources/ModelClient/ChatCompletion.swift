/// A model's answer to one call, with what it cost.
public struct ChatCompletion: Sendable, Equatable {
    /// The model asked (the name the usage is recorded under).
    public let model: String
    public let content: String
    /// `stop`, or `length` when the answer was cut at the token limit.
    public let finishReason: String?
    public let promptTokens: Int
    public let completionTokens: Int
    /// Set when the answer was cut off while it streamed: `content` is the text until then (not an
    /// answer to use), and the tokens are those received (one an event) unless the server had reported them.
    public let cutOff: CutOff?
    /// HTTP attempts this call took.
    public let attempts: Int
    public let latency: Duration

    public init(
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
