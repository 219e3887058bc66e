import Logging
import ModelClient
import RecordAgents

/// One stage's exchange with the models: asks them in order (the model, then the fallback) until one
/// answers, keeps asking the one that answered (repair requests continue its conversation), and
/// keeps the tokens of every answered call. Every message passes the redaction on its way out and
/// every answer on its way back, so no call of any stage, repair or fallback carries an identity.
/// Every answer is watched as it streams (AnswerWatch): one cut off is counted and is no answer.
struct ModelSession {
    let client: any ChatCompleting
    let request: DraftRequest
    let redaction: IdentityRedaction
    let deadline: ContinuousClock.Instant
    let metadata: Logger.Metadata
    let logger: Logger
    private(set) var usage: [ModelCallUsage] = []
    /// The model that answered first; nil while none has.
    private(set) var model: String?

    init(client: any ChatCompleting, request: DraftRequest, deadline: ContinuousClock.Instant, metadata: Logger.Metadata, logger: Logger) {
        self.client = client
        self.request = request
        self.redaction = IdentityRedaction(request: request)
        self.deadline = deadline
        self.metadata = metadata
        self.logger = logger
    }

    /// The answer's text, or nil when no model answered usably (each failure and cut-off is logged by
    /// the client). `bytes` is what each of the answer's `texts` texts should hold: it sizes `max_tokens`
    /// (AnswerBudget, never above the configured ceiling) and the length the answer is cut off at.
    mutating func ask(_ messages: [ChatMessage], bytes: Int, texts: Int = 1) async -> String? {
        let messages = redaction.redact(messages)
        for candidate in model.map({ [$0] }) ?? client.models {
            // An open breaker answers at once: nothing waits on that model, so nothing is announced.
            if !client.isOpen(candidate) {
                await ModelCallNotice.announce(model: candidate)
            }
            do {
                let completion = try await client.complete(
                    messages, model: candidate, json: true, maxTokens: AnswerBudget.tokens(bytes: bytes, texts: texts),
                    stop: AnswerBudget.stop, judge: AnswerWatch(request: request, bytes: bytes, texts: texts), deadline: deadline,
                    metadata: metadata)
                usage.append(ModelCallUsage(
                    model: candidate, promptTokens: completion.promptTokens, completionTokens: completion.completionTokens))
                model = candidate
                // Cut off while it streamed: the call is counted and this model stays the one the stage asks,
                // but nothing of the answer is used and no repair is asked for it: the stage falls back.
                guard completion.cutOff == nil else { return nil }
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
