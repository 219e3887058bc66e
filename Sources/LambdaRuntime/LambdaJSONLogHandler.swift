import Logging

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes one JSON object per line in Lambda's structured log format
/// (`timestamp`, `level`, `message`, then metadata such as `requestId` as top-level fields).
package struct LambdaJSONLogHandler: LogHandler {
    package var logLevel: Logger.Level
    package var metadata: Logger.Metadata = [:]
    package var metadataProvider: Logger.MetadataProvider?
    private let sink: @Sendable (String) -> Void

    /// - Parameter sink: receives each finished line; standard output unless a test captures it.
    package init(level: Logger.Level = .info, sink: @escaping @Sendable (String) -> Void = Self.standardOutput) {
        self.logLevel = level
        self.sink = sink
    }

    package subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    package func log(event: LogEvent) {
        var fields = metadata
        if let provided = metadataProvider?.get() { fields.merge(provided) { _, new in new } }
        if let own = event.metadata { fields.merge(own) { _, new in new } }
        var line = "{\"timestamp\":\"\(Self.timestamp())\",\"level\":\"\(Self.levelName(event.level))\""
        line += ",\"message\":" + JSONText.quoted(event.message.description)
        for key in fields.keys.sorted() where !["timestamp", "level", "message"].contains(key) {
            line += "," + JSONText.quoted(key) + ":" + JSONText.value(fields[key]!)
        }
        line += "}\n"
        sink(line)
    }

    /// One `write` per line keeps lines whole when several tasks log at once.
    package static let standardOutput: @Sendable (String) -> Void = { line in
        var line = line
        line.withUTF8 { bytes in _ = write(STDOUT_FILENO, bytes.baseAddress, bytes.count) }
    }

    /// The level from `AWS_LAMBDA_LOG_LEVEL` (set by Lambda's advanced logging) or `LOG_LEVEL`.
    package static func levelFromEnvironment(default fallback: Logger.Level = .info) -> Logger.Level {
        let raw = LambdaEnvironment.variable("AWS_LAMBDA_LOG_LEVEL") ?? LambdaEnvironment.variable("LOG_LEVEL")
        switch raw?.uppercased() {
        case "TRACE": return .trace
        case "DEBUG": return .debug
        case "INFO": return .info
        case "WARN", "WARNING": return .warning
        case "ERROR": return .error
        case "FATAL", "CRITICAL": return .critical
        default: return fallback
        }
    }

    static func levelName(_ level: Logger.Level) -> String {
        switch level {
        case .trace: "TRACE"
        case .debug: "DEBUG"
        case .info, .notice: "INFO"
        case .warning: "WARN"
        case .error: "ERROR"
        case .critical: "FATAL"
        }
    }

    /// RFC 3339 UTC with milliseconds, as Lambda writes it.
    static func timestamp() -> String {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var seconds = now.tv_sec
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func pad(_ value: Int32, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        let millis = Int32(now.tv_nsec / 1_000_000)
        return "\(pad(parts.tm_year + 1900, 4))-\(pad(parts.tm_mon + 1, 2))-\(pad(parts.tm_mday, 2))T"
            + "\(pad(parts.tm_hour, 2)):\(pad(parts.tm_min, 2)):\(pad(parts.tm_sec, 2)).\(pad(millis, 3))Z"
    }
}
