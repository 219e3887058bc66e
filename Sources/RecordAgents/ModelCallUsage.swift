/// One model call's tokens, paid for whether or not its answer was used.
public struct ModelCallUsage: Sendable, Equatable {
    public let model: String
    public let promptTokens: Int
    public let completionTokens: Int

    public init(model: String, promptTokens: Int, completionTokens: Int) {
        self.model = model
        self.promptTokens = promptTokens
        self.completionTokens = completionTokens
    }
}
