import Prometheus

/// Prometheus figures per function, as CloudWatch keeps them for Lambda: invocations, errors (the
/// function's or its environment's), throttles, durations, and the environments alive.
package final class FunctionMetrics: Sendable {
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

    package init(registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry()) {
        self.registry = registry
    }

    /// One function's figures, made once so an invocation only touches its own counters.
    struct Function: Sendable {
        let invocations: Counter
        let errors: Counter
        let throttles: Counter
        let duration: DurationHistogram
        let environments: Gauge

        /// An invocation ended after `duration`; `failed` when the function or its environment failed.
        func invoked(duration: Duration, failed: Bool) {
            invocations.increment()
            if failed { errors.increment() }
            self.duration.record(duration)
        }
    }

    func function(_ name: String) -> Function {
        let labels = [("function", name)]
        return Function(
            invocations: registry.makeCounter(descriptor: Self.invocationsName, labels: labels),
            errors: registry.makeCounter(descriptor: Self.errorsName, labels: labels),
            throttles: registry.makeCounter(descriptor: Self.throttlesName, labels: labels),
            duration: registry.makeDurationHistogram(descriptor: Self.durationName, labels: labels, buckets: Self.durationBuckets),
            environments: registry.makeGauge(descriptor: Self.environmentsName, labels: labels))
    }

    /// The exposition text.
    package func render() -> String {
        registry.emitToString()
    }
}
