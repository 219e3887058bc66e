import Foundation
import LambdaRuntime
import TimeUnits

/// CloudWatch Embedded Metric Format: one JSON line on standard output per invocation, which
/// CloudWatch Logs turns into metrics in the `Recordline` namespace (no API calls, no agent).
struct EmbeddedMetrics {
    struct Metric {
        let name: String
        let unit: String
        let value: Double

        static func count(_ name: String, _ value: Int) -> Metric {
            Metric(name: name, unit: "Count", value: Double(value))
        }

        static func duration(_ name: String, since start: ContinuousClock.Instant) -> Metric {
            Metric(name: name, unit: "Milliseconds", value: (ContinuousClock.now - start).fractionalMilliseconds)
        }
    }

    static let namespace = "Recordline"

    let dimensions: [(name: String, value: String)]
    let metrics: [Metric]

    /// The line, each dimension also a dimension set of its own; keys sorted. Written by hand: one is
    /// emitted per invocation, and Foundation's `JSONSerialization` of the same dictionary (casts of
    /// every value, type lookups) was a sixteenth of the API function's CPU under load.
    func line(timestamp: Int64) -> String {
        var members: [(key: String, value: String)] = [(
            "_aws",
            "{\"CloudWatchMetrics\":[{\"Dimensions\":[" + dimensions.map { "[" + JSONText.quoted($0.name) + "]" }.joined(separator: ",")
                + "],\"Metrics\":[" + metrics.map { "{\"Name\":" + JSONText.quoted($0.name) + ",\"Unit\":" + JSONText.quoted($0.unit) + "}" }
                .joined(separator: ",")
                + "],\"Namespace\":" + JSONText.quoted(Self.namespace) + "}],\"Timestamp\":" + String(timestamp) + "}"
        )]
        for dimension in dimensions { members.append((dimension.name, JSONText.quoted(dimension.value))) }
        for metric in metrics { members.append((metric.name, Self.number(metric.value))) }
        return "{" + members.sorted { $0.key < $1.key }.map { JSONText.quoted($0.key) + ":" + $0.value }.joined(separator: ",") + "}\n"
    }

    /// Whole numbers without a fraction (counts), others as Swift prints them; never NaN or infinite.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    func emit() {
        LambdaJSONLogHandler.standardOutput(line(timestamp: Date().millisecondsSince1970))
    }

    /// Read once: the environment does not change while the function runs.
    static let functionName = ProcessInfo.processInfo.environment["AWS_LAMBDA_FUNCTION_NAME"] ?? "unknown"
}
