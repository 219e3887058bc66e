import Prometheus
import SQSWire

/// Prometheus metrics: requests by action and outcome, and per-queue depth read at scrape time.
package struct QueueMetrics: Sendable {
    private static var requestsName: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "sqs", metricName: "requests", unitName: "total", helpText: "Requests handled, by action.")
    }
    private static var errorsName: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "sqs", metricName: "request_errors", unitName: "total", helpText: "Requests answered with an error, by action.")
    }
    private static var visibleName: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "sqs", subsystem: "queue", metricName: "messages_visible", unitName: "count", helpText: "Messages available for receive.")
    }
    private static var inFlightName: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "sqs", subsystem: "queue", metricName: "messages_in_flight", unitName: "count", helpText: "Messages received and not yet deleted or visible again.")
    }
    private static var delayedName: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "sqs", subsystem: "queue", metricName: "messages_delayed", unitName: "count", helpText: "Messages waiting out their delay.")
    }

    private static var deadLetterName: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "sqs", subsystem: "queue", metricName: "dead_letter_messages", unitName: "count",
            helpText: "Messages in the queue's dead-letter queue (visible, in flight or delayed), by source queue.")
    }

    private let registry = PrometheusCollectorRegistry()
    private let requests: [String: Counter]
    private let errors: [String: Counter]

    package init() {
        var requests: [String: Counter] = [:]
        var errors: [String: Counter] = [:]
        for action in SQSAction.allCases.map(\.rawValue) + ["Unknown"] {
            requests[action] = registry.makeCounter(descriptor: Self.requestsName, labels: [("action", action)])
            errors[action] = registry.makeCounter(descriptor: Self.errorsName, labels: [("action", action)])
        }
        self.requests = requests
        self.errors = errors
    }

    func record(action: SQSAction?, failed: Bool) {
        let key = action?.rawValue ?? "Unknown"
        requests[key]?.increment()
        if failed { errors[key]?.increment() }
    }

    /// The exposition text, with queue depths refreshed from the engine.
    func render(engine: QueueEngine) -> String {
        let depths = engine.depths()
        let byName = Dictionary(depths.map { ($0.queue, $0) }) { first, _ in first }
        for depth in depths {
            let labels = [("queue", depth.queue)]
            registry.makeGauge(descriptor: Self.visibleName, labels: labels).set(Double(depth.visible))
            registry.makeGauge(descriptor: Self.inFlightName, labels: labels).set(Double(depth.inFlight))
            registry.makeGauge(descriptor: Self.delayedName, labels: labels).set(Double(depth.delayed))
            if let name = depth.deadLetterQueue, let deadLetters = byName[name] {
                registry.makeGauge(descriptor: Self.deadLetterName, labels: [("queue", depth.queue), ("dead_letter_queue", name)])
                    .set(Double(deadLetters.total))
            }
        }
        return registry.emitToString()
    }
}
