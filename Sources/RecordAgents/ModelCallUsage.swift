/// One model call's tokens, paid for whether or not its answer was used.
package struct ModelCallUsage: Sendable, Equatable {
    package let model: String
    package let promptTokens: Int
    package let completionTokens: Int

    package init(model: String, promptTokens: Int, completionTokens: Int) {
        self.model = model
        self.promptTokens = promptTokens
        self.completionTokens = completionTokens
    }
}
