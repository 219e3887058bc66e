/// One message of a chat: `system`, `user` or `assistant`.
public struct ChatMessage: Sendable, Codable, Equatable {
    public let role: String
    public let content: String

    public init(role: String, content: String) {
        self.role = role
        self.content = content
    }

    public static func system(_ content: String) -> ChatMessage { ChatMessage(role: "system", content: content) }
    public static func user(_ content: String) -> ChatMessage { ChatMessage(role: "user", content: content) }
    public static func assistant(_ content: String) -> ChatMessage { ChatMessage(role: "assistant", content: content) }
}

/// The chat-completions request body (the fields every OpenAI-compatible server takes).
struct ChatRequestBody: Encodable {
    struct ResponseFormat: Encodable {
        let type: String
    }

    let model: String
    let messages: [ChatMessage]
    let temperature: Double
    let maxTokens: Int
    let stop: [String]?
    let responseFormat: ResponseFormat?

    enum CodingKeys: String, CodingKey {
        case model, messages, temperature, stop
        case maxTokens = "max_tokens"
        case responseFormat = "response_format"
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

    struct Usage: Decodable {
        let promptTokens: Int?
        let completionTokens: Int?

        enum CodingKeys: String, CodingKey {
            case promptTokens = "prompt_tokens"
            case completionTokens = "completion_tokens"
        }
    }

    let model: String?
    let choices: [Choice]
    let usage: Usage?
}
