import Logging

/// What the model stages need of a chat model, so that their logic (fallback, repair, redaction,
/// cut-offs) can be exercised without HTTP; `ChatClient` is the one that talks to an endpoint.
package protocol ChatCompleting: Sendable {
    /// The models to ask, in order: the configured model, then its fallback.
    var models: [String] { get }

    /// Whether calls to `model` are refused at once for now (its circuit breaker is open), so that
    /// nothing would wait on it.
    func isOpen(_ model: String) -> Bool

    /// One chat completion from `model`; `ChatClient.complete` describes each argument.
    func complete(
        _ messages: [ChatMessage], model: String, json: Bool, maxTokens: Int?, stop: [String], judge: (any AnswerJudge)?,
        deadline: ContinuousClock.Instant, metadata: Logger.Metadata
    ) async throws(ModelError) -> ChatCompletion
}
