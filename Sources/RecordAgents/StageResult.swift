/// Which engine wrote a stage's output: recorded per version and stage, shown to the teacher.
public enum Producer: Sendable, Equatable, Hashable, CustomStringConvertible {
    case offline
    case model(String)

    /// `offline` or `model:<name>`, as the task store keeps it.
    public var description: String {
        switch self {
        case .offline: "offline"
        case .model(let name): "model:\(name)"
        }
    }
}

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

/// A value and the engine that produced it.
public struct Produced<Value: Sendable>: Sendable {
    public let value: Value
    public let producer: Producer

    public init(_ value: Value, by producer: Producer) {
        self.value = value
        self.producer = producer
    }
}

/// What a stage returns: its output and every model call it made on the way.
public struct StageResult<Value: Sendable>: Sendable {
    public let value: Value
    public let usage: [ModelCallUsage]

    public init(_ value: Value, usage: [ModelCallUsage] = []) {
        self.value = value
        self.usage = usage
    }
}
