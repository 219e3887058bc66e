/// A value and the engine that produced it.
package struct Produced<Value: Sendable>: Sendable {
    package let value: Value
    package let producer: Producer

    package init(_ value: Value, by producer: Producer) {
        self.value = value
        self.producer = producer
    }
}

/// What a stage returns: its output and every model call it made on the way.
package struct StageResult<Value: Sendable>: Sendable {
    package let value: Value
    package let usage: [ModelCallUsage]

    package init(_ value: Value, usage: [ModelCallUsage] = []) {
        self.value = value
        self.usage = usage
    }
}
