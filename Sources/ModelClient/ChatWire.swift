/// One message of a chat: `system`, `user` or `assistant`.
package struct ChatMessage: Sendable, Codable, Equatable {
    package let role: String
    package let content: String

    package init(role: String, content: String) {
        self.role = role
        self.content = content
    }

    package static func system(_ content: String) -> ChatMessage { ChatMessage(role: "system", content: content) }
    package static func user(_ content: String) -> ChatMessage { ChatMessage(role: "user", content: content) }
    package static func assistant(_ content: String) -> ChatMessage { ChatMessage(role: "assistant", content: content) }
}

/// The chat-completions request body (the fields every OpenAI-compatible server takes).
struct ChatRequestBody: Encodable {
    struct ResponseFormat: Encodable {
        let type: String
    }

    struct StreamOptions: Encodable {
        let includeUsage: Bool

        enum CodingKeys: String, CodingKey {
            case includeUsage = "include_usage"
        }
    }

    let model: String
    let messages: [ChatMessage]
    let temperature: Double
    let maxTokens: Int
    let stop: [String]?
    let responseFormat: ResponseFormat?
    /// Always true: the answer is read as it is written, and a server that does not stream answers whole.
    let stream = true
    /// Asks for the usage in a last chunk of its own (OpenAI, llama.cpp's server); others ignore it.
    let streamOptions = StreamOptions(includeUsage: true)

    enum CodingKeys: String, CodingKey {
        case model, messages, temperature, stop, stream
        case maxTokens = "max_tokens"
        case responseFormat = "response_format"
        case streamOptions = "stream_options"
    }
}

/// The parts of a chat-completions response Recordline reads.
struct ChatResponseBody: Decodable {
    struct Choice: Decodable {
        struct Message: Decodable {
            let content: String?
        }

        let message: Message
        let finishReason: String?

        enum CodingKeys: String, CodingKey {
            case message
            case finishReason = "finish_reason"
        }
    }

    let model: String?
    let choices: [Choice]
    let usage: ChatUsage?
}

/// The tokens a server reports for one answer.
struct ChatUsage: Decodable {
    let promptTokens: Int?
    let completionTokens: Int?

    enum CodingKeys: String, CodingKey {
        case promptTokens = "prompt_tokens"
        case completionTokens = "completion_tokens"
    }
}

/// One event of a streamed answer: a piece of the message (`choices[0].delta.content`), the finish
/// reason with the last piece, and with `include_usage` a last chunk with no choices and the usage. An
/// `error` object is a server's failure reported mid-stream.
struct ChatChunkBody: Decodable {
    struct Choice: Decodable {
        struct Delta: Decodable {
            let content: String?
        }

        let delta: Delta?
        let finishReason: String?

        enum CodingKeys: String, CodingKey {
            case delta
            case finishReason = "finish_reason"
        }
    }

    struct Failure: Decodable {
        let message: String?
    }

    let choices: [Choice]?
    let usage: ChatUsage?
    let error: Failure?
}
