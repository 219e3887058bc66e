import Foundation

/// A throwaway real `redis-server` on 127.0.0.1, a free port and a temporary directory, with no persistence.
/// `kill()` and `restart()` simulate a Redis restart on the same address. The server dies with the test
/// process, however that ends. With `cluster`, it is a one-node Redis Cluster serving every slot: a
/// command or script whose declared keys hash to different slots fails with `CROSSSLOT`, as on a real
/// cluster.
package final class RedisServer {
    package private(set) var port: Int
    package let directory: URL
    private var process: Process?
    /// TLS only (no plain port), with the authority's server certificate; and the password AUTH needs.
    private let tls: TestCertificateAuthority?
    private let password: String?
    package let cluster: Bool

    package init(tls: TestCertificateAuthority? = nil, password: String? = nil, cluster: Bool = false) throws {
        self.tls = tls
        self.password = password
        self.cluster = cluster
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("recordline-redis-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        // The free port is only free when looked up: a server or client started in between may take it.
        // The server then fails to listen and exits, and another port is tried.
        port = try Self.freePort()
        for attempt in 1... {
            do {
                try start()
                return
            } catch StartFailure.exited(let log) where attempt < 5 && log.contains("Address already in use") {
                port = try Self.freePort()
            }
        }
    }

    deinit {
        kill()
        try? FileManager.default.removeItem(at: directory)
    }

    package var url: String { "\(tls == nil ? "redis" : "rediss")://\(password.map { ":\($0)@" } ?? "")127.0.0.1:\(port)" }

    private var logFile: URL { directory.appendingPathComponent("redis.log") }

    package func start() throws {
        try? FileManager.default.removeItem(at: logFile)
        let process = Process()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        var command = [
            "redis-server", "--bind", "127.0.0.1", "--dir", directory.path,
            "--save", "", "--appendonly", "no", "--daemonize", "no", "--logfile", logFile.path,
        ]
        if let tls {
            command += ["--port", "0", "--tls-port", String(port), "--tls-cert-file", tls.serverCertificateFile,
                        "--tls-key-file", tls.serverKeyFile, "--tls-ca-cert-file", tls.caFile, "--tls-auth-clients", "no"]
        } else {
            command += ["--port", String(port)]
        }
        if let password { command += ["--requirepass", password] }
        if cluster {
            // The cluster bus gets a free port of its own: the default, the port plus 10,000, may be taken
            // or past 65,535.
            command += [
                "--cluster-enabled", "yes", "--cluster-port", String(try Self.freePort()),
                "--cluster-config-file", directory.appendingPathComponent("nodes-\(port).conf").path,
            ]
        }
        try process.runTiedToTestProcess(command)
        self.process = process
        try waitUntilReady(process)
        if cluster { try assignAllSlots() }
    }

    /// Gives the one node every slot and waits until the cluster says it is ok (a restarted node keeps
    /// its slots in its config file).
    private func assignAllSlots() throws {
        _ = try cli(["CLUSTER", "ADDSLOTSRANGE", "0", "16383"])
        let giveUp = ContinuousClock.now + .seconds(60)
        while ContinuousClock.now < giveUp {
            if try cli(["CLUSTER", "INFO"]).contains("cluster_state:ok") { return }
            usleep(20_000)
        }
        throw StartFailure.notReady(port: port)
    }

    private func cli(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["redis-cli", "-h", "127.0.0.1", "-p", String(port)] + (password.map { ["-a", $0, "--no-auth-warning"] } ?? []) + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// SIGKILL, as a crash would, then wait for the process to be gone.
    package func kill() {
        guard let process, process.isRunning else { return }
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        self.process = nil
    }

    package func restart() throws {
        kill()
        try start()
    }

    enum StartFailure: Error, CustomStringConvertible {
        case exited(log: String)
        case notReady(port: Int)

        var description: String {
            switch self {
            case .exited(let log): "redis-server exited before accepting connections; its log:\n\(log)"
            case .notReady(let port): "redis-server on port \(port) was not ready after 60 s"
            }
        }
    }

    /// Waits for the server's own word that it listens, which only this server writes in this log
    /// (a port probe could reach another test's server that took the port). The minute is a safety
    /// net against a hang, not a start-up budget.
    private func waitUntilReady(_ process: Process) throws {
        let giveUp = ContinuousClock.now + .seconds(60)
        while ContinuousClock.now < giveUp {
            let log = (try? String(contentsOf: logFile, encoding: .utf8)) ?? ""
            if log.contains("Ready to accept connections") { return }
            guard process.isRunning else {
                process.waitUntilExit()
                throw StartFailure.exited(log: (try? String(contentsOf: logFile, encoding: .utf8)) ?? log)
            }
            usleep(5_000)
        }
        kill()
        throw StartFailure.notReady(port: port)
    }

    private static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let ok = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0
            }
        }
        guard ok else { throw POSIXError(.EADDRNOTAVAIL) }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
