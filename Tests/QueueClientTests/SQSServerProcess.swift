import Foundation
import TestSupport

/// A real SQS-compatible server on a free 127.0.0.1 port for the duration of a test: our
/// `local-runtime sqs` or moto's server. Stopped on `stop()` or deinit, and dies with the test process
/// however that ends.
final class SQSServerProcess {
    enum Kind: String, CaseIterable, CustomStringConvertible, Sendable {
        case localRuntime = "local-runtime"
        case moto

        var description: String { rawValue }
    }

    let kind: Kind
    let port: Int
    private let process: Process
    private let directory: URL

    init(_ kind: Kind) throws {
        self.kind = kind
        port = try LoopbackPort.free()
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("recordline-sqs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        process = Process()
        let command = switch kind {
        case .localRuntime:
            [try Self.localRuntimeBinary().path, "sqs", "--port", String(port), "--data", directory.path, "--log-level", "warning"]
        case .moto:
            ["python3", "-m", "moto.server", "-H", "127.0.0.1", "-p", String(port)]
        }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.runTiedToTestProcess(command)
        try waitUntilAccepting()
    }

    deinit {
        stop()
        try? FileManager.default.removeItem(at: directory)
    }

    var endpoint: String { "http://127.0.0.1:\(port)" }

    /// SIGTERM, and SIGKILL if the server is still there after a bounded wait (moto's server ignores SIGTERM).
    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        for _ in 0..<40 where process.isRunning {
            usleep(50_000)
        }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
        }
        process.waitUntilExit()
    }

    /// Polls the port (moto takes a second or two to import, longer on a loaded machine). The two
    /// minutes are a safety net against a hang, not a start-up budget.
    private func waitUntilAccepting() throws {
        let giveUp = ContinuousClock.now + .seconds(120)
        while ContinuousClock.now < giveUp {
            if LoopbackPort.accepts(port) { return }
            guard process.isRunning else { throw ServerError.exited(kind.rawValue, process.terminationStatus) }
            usleep(50_000)
        }
        stop()
        throw ServerError.notListening(kind.rawValue, port)
    }

    /// `RECORDLINE_BIN_DIR` if set, else the build directory of this package (found from this file).
    private static func localRuntimeBinary() throws -> URL {
        let environment = ProcessInfo.processInfo.environment
        var candidates: [URL] = []
        if let directory = environment["RECORDLINE_BIN_DIR"], !directory.isEmpty {
            candidates.append(URL(fileURLWithPath: directory).appendingPathComponent("local-runtime"))
        }
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(packageRoot.appendingPathComponent(".build/debug/local-runtime"))
        guard let binary = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw ServerError.missingBinary(candidates.map(\.path))
        }
        return binary
    }

    enum ServerError: Error, CustomStringConvertible {
        case missingBinary([String])
        case exited(String, Int32)
        case notListening(String, Int)

        var description: String {
            switch self {
            case .missingBinary(let paths): "local-runtime not built; looked at \(paths.joined(separator: ", ")) (run swift build)"
            case .exited(let name, let status): "\(name) exited with status \(status) before listening"
            case .notListening(let name, let port): "\(name) did not listen on port \(port) within 2 minutes"
            }
        }
    }
}
