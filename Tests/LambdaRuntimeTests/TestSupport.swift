import Foundation
import LambdaRuntime
import Logging
import Synchronization

/// Collects the JSON lines a runtime logs.
final class LogCapture: Sendable {
    private let lines = Mutex<[String]>([])

    var logger: Logger {
        Logger(label: "test") { _ in LambdaJSONLogHandler(level: .debug) { line in self.lines.withLock { $0.append(line) } } }
    }

    var entries: [[String: Any]] {
        lines.withLock { $0 }.compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
        }
    }
}

/// Runs a runtime against `server` until the script is used up (the runtime then stops with a 500 on `/next`).
func runUntilScriptEnds<Handler: StreamingLambdaHandler>(
    _ server: ScriptedRuntimeAPI,
    logs: LogCapture = LogCapture(),
    functionName: String = "draft",
    makeHandler: @escaping @Sendable () async throws -> Handler
) async -> RuntimeError? {
    let runtime = LambdaRuntime(
        environment: LambdaEnvironment(runtimeAPI: server.address, functionName: functionName),
        logger: logs.logger,
        makeHandler: makeHandler
    )
    do {
        try await runtime.run()
        return nil
    } catch {
        return error
    }
}

func nowMilliseconds() -> Int64 {
    Int64(Date().timeIntervalSince1970 * 1000)
}

struct Boom: Error, CustomStringConvertible {
    var description: String { "the handler gave up" }
}
