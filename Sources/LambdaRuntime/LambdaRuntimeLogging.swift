import Logging

/// Loggers that write Lambda's JSON format without touching the process-wide `LoggingSystem`.
package enum LambdaRuntimeLogging {
    package static func logger(label: String = "lambda", level: Logger.Level? = nil) -> Logger {
        let resolved = level ?? LambdaJSONLogHandler.levelFromEnvironment()
        return Logger(label: label) { _ in LambdaJSONLogHandler(level: resolved) }
    }
}
