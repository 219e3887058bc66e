import Prometheus

/// Prometheus figures per function, as CloudWatch keeps them for Lambda: invocations, errors (the
/// function's or its environment's), throttles, durations, and the environments alive.
public final class FunctionMetrics: Sendable {
    private static var invocationsName: MetricNameDescriptor {
        MetricNameDescriptor(namespace: "lambda", metricName: "invocations", unitName: "total", helpText: "Invocations that ran, by function.")
    }
    private static var errorsName: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "lambda", metricName: "errors", unitName: "total",
            helpText: "Invocations that ended in an error (handled, timeout, crash, init), by function.")
    }
    private static var throttlesName: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "lambda", metricName: "throttles", unitName: "total",
            helpText: "Synchronous invocations refused at the concurrency limit, by function.")
    }
    private static var durationName: MetricNameDescriptor {
        MetricNameDescriptor(namespace: "lambda", metricName: "duration", unitName: "seconds", helpText: "Invocation duration, by function.")
    }
    private static var environmentsName: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "lambda", metricName: "environments", unitName: "count", helpText: "Execution environments alive or starting, by function.")
    }
    private static let durationBuckets: [Duration] = [
        .microseconds(500), .milliseconds(1), .milliseconds(5), .milliseconds(10), .milliseconds(50), .milliseconds(100),
        .milliseconds(500), .seconds(1), .seconds(5), .seconds(15), .seconds(60), .seconds(300), .seconds(900),
    ]

    private let registry: PrometheusCollectorRegistry

    public init(registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry()) {
        self.registry = registry
    }

    /// An invocation ended after `duration`; `failed` when the function or its environment failed.
    func invoked(_ function: String, duration: Duration, failed: Bool) {
        registry.makeCounter(descriptor: Self.invocationsName, labels: [("function", function)]).increment()
        if failed { registry.makeCounter(descriptor: Self.errorsName, labels: [("function", function)]).increment() }
        registry.makeDurationHistogram(descriptor: Self.durationName, labels: [("function", function)], buckets: Self.durationBuckets)
            .record(duration)
    }

    func throttled(_ function: String) {
        registry.makeCounter(descriptor: Self.throttlesName, labels: [("function", function)]).increment()
    }

    func environments(_ function: String, _ count: Int) {
        registry.makeGauge(descriptor: Self.environmentsName, labels: [("function", function)]).set(Double(count))
    }

    /// The exposition text.
    public func render() -> String {
        registry.emitToString()
    }
}
