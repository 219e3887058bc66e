import Logging
import ModelClient
import RecordAgents

/// One stage's exchange with the models: asks them in order (the model, then the fallback) until one
/// answers, keeps asking the one that answered (repair requests continue its conversation), and
/// keeps the tokens of every answered call. Every message passes the redaction on its way out and
/// every answer on its way back, so no call of any stage, repair or fallback carries an identity.
struct ModelSession {
    let client: ChatClient
    let redaction: IdentityRedaction
    let deadline: ContinuousClock.Instant
    let metadata: Logger.Metadata
    let logger: Logger
    private(set) var usage: [ModelCallUsage] = []
    /// The model that answered first; nil while none has.
    private(set) var model: String?

    init(
        client: ChatClient, redaction: IdentityRedaction, deadline: ContinuousClock.Instant, metadata: Logger.Metadata, logger: Logger
    ) {
        self.client = client
        self.redaction = redaction
        self.deadline = deadline
        self.metadata = metadata
        self.logger = logger
    }

    /// The answer's text, or nil when no model answered (each failure is logged by the client).
    /// `maxTokens` bounds the answer (AnswerBudget), never above the configured ceiling.
    mutating func ask(_ messages: [ChatMessage], maxTokens: Int) async -> String? {
        let messages = redaction.redact(messages)
        for candidate in model.map({ [$0] }) ?? client.configuration.models {
            // An open breaker answers at once: nothing waits on that model, so nothing is announced.
            if client.breaker(for: candidate).state != .open {
                await ModelCallNotice.announce(model: candidate)
            }
            do {
                let completion = try await client.complete(
                    messages, model: candidate, json: true, maxTokens: maxTokens, stop: AnswerBudget.stop, deadline: deadline,
                    metadata: metadata)
                usage.append(ModelCallUsage(
                    model: candidate, promptTokens: completion.promptTokens, completionTokens: completion.completionTokens))
                model = candidate
                return redaction.dropPlaceholders(completion.content)
            } catch {
                continue
            }
        }
        if model == nil {
            logger.info("no model answered, the offline engine does the stage", metadata: metadata)
        }
        return nil
    }

    var producer: Producer { model.map(Producer.model) ?? .offline }
}
