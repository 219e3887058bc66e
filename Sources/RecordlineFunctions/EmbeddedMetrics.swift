import Foundation
import LambdaRuntime

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
            let elapsed = ContinuousClock.now - start
            let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
            return Metric(name: name, unit: "Milliseconds", value: milliseconds)
        }
    }

    static let namespace = "Recordline"

    let dimensions: [(name: String, value: String)]
    let metrics: [Metric]

    /// The line, each dimension also a dimension set of its own.
    func line(timestamp: Int64) -> String {
        var root: [String: Any] = [
            "_aws": [
                "Timestamp": timestamp,
                "CloudWatchMetrics": [[
                    "Namespace": Self.namespace,
                    "Dimensions": dimensions.map { [$0.name] },
                    "Metrics": metrics.map { ["Name": $0.name, "Unit": $0.unit] },
                ]],
            ] as [String: Any],
        ]
        for dimension in dimensions { root[dimension.name] = dimension.value }
        for metric in metrics { root[metric.name] = metric.value }
        let data = (try? JSONSerialization.data(withJSONObject: root, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    func emit() {
        LambdaJSONLogHandler.standardOutput(line(timestamp: Int64((Date().timeIntervalSince1970 * 1000).rounded())))
    }

    static var functionName: String {
        ProcessInfo.processInfo.environment["AWS_LAMBDA_FUNCTION_NAME"] ?? "unknown"
    }
}
