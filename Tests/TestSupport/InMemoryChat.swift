import Foundation
import Logging
import ModelClient
import Synchronization

/// A chat model in memory, for the model stages' own logic: replies are queued with `script`, and
/// with none queued it answers as the scripted server's cooperative model does (the notes as drafts,
/// the draft as it was given). Each answer is handed to the call's judge a few characters at a time,
/// as it would stream, so a judge cuts it off where it would over HTTP. Retries, timeouts and the wire
/// are `ChatClient`'s, tested against the scripted server.
package final class InMemoryChat: ChatCompleting {
    package enum Reply: Sendable {
        case answer(String, promptTokens: Int = 100, completionTokens: Int = 50)
        /// The call fails as the client reports a failure, after whatever retries it made.
        case failure(ModelError)
    }

    /// A call as the stage made it.
    package struct Call: Sendable {
        package let model: String
        package let messages: [ChatMessage]
        package let json: Bool
        package let maxTokens: Int?
        package let stop: [String]

        /// The message at `index`, nil if the call has fewer.
        package func message(_ index: Int) -> ChatMessage? {
            messages.indices.contains(index) ? messages[index] : nil
        }
    }

    private struct State {
        var replies: [Reply] = []
        var fallback: Reply?
        var calls: [Call] = []
        var open: Set<String> = []
    }

    package let models: [String]
    private let state = Mutex(State())

    /// Characters handed to the judge at a time, as the scripted server streams them.
    static let piece = 4

    package init(models: [String] = ["primary", "fallback"]) {
        self.models = models
    }

    /// Queues replies; `fallback` (when given) answers once the queue is empty.
    package func script(_ replies: [Reply], fallback: Reply? = nil) {
        state.withLock {
            $0.replies += replies
            $0.fallback = fallback
        }
    }

    /// Every call that reached the model, in order; a call refused by an open breaker is not one.
    package var calls: [Call] { state.withLock { $0.calls } }

    /// Opens or closes `model`'s breaker: while open, calls to it fail at once.
    package func setOpen(_ model: String, _ open: Bool) {
        state.withLock {
            if open { $0.open.insert(model) } else { $0.open.remove(model) }
        }
    }

    package func isOpen(_ model: String) -> Bool {
        state.withLock { $0.open.contains(model) }
    }

    package func complete(
        _ messages: [ChatMessage], model: String, json: Bool, maxTokens: Int?, stop: [String], judge: (any AnswerJudge)?,
        deadline: ContinuousClock.Instant, metadata: Logger.Metadata
    ) async throws(ModelError) -> ChatCompletion {
        let reply: Reply? = state.withLock { state in
            guard !state.open.contains(model) else { return nil }
            state.calls.append(Call(model: model, messages: messages, json: json, maxTokens: maxTokens, stop: stop))
            if !state.replies.isEmpty { return state.replies.removeFirst() }
            return state.fallback ?? .answer(Self.cooperative(messages))
        }
        guard let reply else { throw .circuitOpen }
        switch reply {
        case .failure(let error):
            throw error
        case .answer(let content, let promptTokens, let completionTokens):
            var judge = judge
            var received = ""
            for piece in content.chunked(Self.piece) {
                received += piece
                if let reason = judge?.verdict(on: received) {
                    return ChatCompletion(
                        model: model, content: received, finishReason: nil, promptTokens: promptTokens,
                        completionTokens: completionTokens, cutOff: reason, attempts: 1, latency: .zero)
                }
            }
            return ChatCompletion(
                model: model, content: content, finishReason: "stop", promptTokens: promptTokens,
                completionTokens: completionTokens, attempts: 1, latency: .zero)
        }
    }

    /// The answer of a model that follows the prompt: for a draft request (its first user message asks
    /// for "versions") three drafts made of the `<notes>`, otherwise the `<draft>` it was given.
    static func cooperative(_ messages: [ChatMessage]) -> String {
        let ask = messages.first { $0.role == "user" }?.content ?? ""
        let object: [String: Any]
        if ask.contains(#""versions""#) {
            let paragraphs = (tagged(ask, "notes") ?? "").components(separatedBy: "\n\n")
                .map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
                .filter { !$0.isEmpty }
            let texts = [paragraphs, paragraphs.reversed(), paragraphs].map { $0.joined(separator: " ") }
            object = ["versions": texts.enumerated().map { ["version": $0.offset + 1, "text": $0.element] as [String: Any] }]
        } else {
            object = ["text": tagged(ask, "draft") ?? ""]
        }
        return String(decoding: try! JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    /// The text between `<tag>\n` and `\n</tag>`, with the prompt's escaped angle brackets restored.
    static func tagged(_ text: String, _ tag: String) -> String? {
        guard let start = text.range(of: "<\(tag)>\n"),
              let end = text.range(of: "\n</\(tag)>", range: start.upperBound..<text.endIndex)
        else { return nil }
        return text[start.upperBound..<end.lowerBound].replacingOccurrences(of: "‹", with: "<").replacingOccurrences(of: "›", with: ">")
    }
}

extension String {
    fileprivate func chunked(_ size: Int) -> [String] {
        var pieces: [String] = []
        var rest = Substring(self)
        while !rest.isEmpty {
            pieces.append(String(rest.prefix(size)))
            rest = rest.dropFirst(size)
        }
        return pieces
    }
}
