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
