import Foundation
import NIOCore
import NIOPosix

/// A `redis-server` of our own, for when no `REDIS_URL` is given: a free loopback port, its log in the
/// data directory, stopped with the stack. It persists nothing (no append-only file, no snapshots):
/// Redis holds the tasks' student text, and an append-only file would keep a deleted task's text on
/// disk until its next rewrite. Tasks live as long as the stack; the durable queues keep only ids.
package final class RedisProcess: Sendable {
    package let url: String
    private let process: ChildProcess

    private init(url: String, process: ChildProcess) {
        self.url = url
        self.process = process
    }

    package enum Failure: Error, CustomStringConvertible {
        case notInstalled
        case notReady(String)

        package var description: String {
            switch self {
            case .notInstalled: "redis-server is not on PATH (install it, or set REDIS_URL)"
            case .notReady(let detail): "redis-server did not start: \(detail)"
            }
        }
    }

    package static func start(dataDirectory: URL) async throws -> RedisProcess {
        guard let executable = ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":")
            .map({ URL(fileURLWithPath: String($0)).appendingPathComponent("redis-server") })
            .first(where: { FileManager.default.isExecutableFile(atPath: $0.path) })
        else { throw Failure.notInstalled }
        try FileManager.default.createDirectory(at: dataDirectory, withIntermediateDirectories: true)
        let port = try await FreePort.find()
        let process = try ChildProcess(
            executable: executable.path,
            arguments: [
                "--port", String(port), "--bind", "127.0.0.1", "--dir", dataDirectory.path, "--appendonly", "no",
                "--save", "", "--logfile", dataDirectory.appendingPathComponent("redis.log").path, "--daemonize", "no",
            ],
            environment: ProcessInfo.processInfo.environment)
        let redis = RedisProcess(url: "redis://127.0.0.1:\(port)", process: process)
        for _ in 0..<100 {
            if try await FreePort.accepts(port: port) { return redis }
            guard !process.hasExited else { throw Failure.notReady("it exited; see \(dataDirectory.path)/redis.log") }
            try await Task.sleep(for: .milliseconds(50))
        }
        await redis.stop()
        throw Failure.notReady("port \(port) never accepted a connection")
    }

    /// SIGTERM lets Redis shut down cleanly; the wait is bounded.
    package func stop() async {
        process.signal(SIGTERM)
        let process = self.process
        let killer = Task {
            try await Task.sleep(for: .seconds(10))
            process.signal(SIGKILL)
        }
        await process.waitForExit()
        killer.cancel()
    }
}

/// Loopback port helpers.
enum FreePort {
    /// A port free right now, picked by the system.
    static func find() async throws -> Int {
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton).bind(host: "127.0.0.1", port: 0).get()
        let port = channel.localAddress?.port ?? 0
        try await channel.close()
        return port
    }

    static func accepts(port: Int) async throws -> Bool {
        do {
            let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .connectTimeout(.milliseconds(200)).connect(host: "127.0.0.1", port: port).get()
            try? await channel.close()
            return true
        } catch {
            return false
        }
    }
}
