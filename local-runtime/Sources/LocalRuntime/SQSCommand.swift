import ArgumentParser
import Foundation
import Logging
import QueueService

/// `local-runtime sqs`: the SQS-compatible queue service alone.
struct SQSCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "sqs", abstract: "Run the SQS-compatible queue service.")

    @Option(help: "Address to listen on.") var host = "127.0.0.1"
    @Option(help: "Port to listen on.") var port = 9324
    @Option(help: "Directory for the durable queue database; without it state is kept in memory only.") var data: String?
    @Option(help: "Fraction (0 to 1) of messages delivered a second time, to exercise idempotent consumers.") var duplicateRate = 0.0
    @Option(help: "Region whose queues the server holds, as in their ARNs; requests signed for another region find none of them.")
    var region = "us-east-1"
    @Option(help: "Account id (12 digits) in queue URLs, ARNs, SenderId and permissions; many tools expect 123456789012.")
    var accountId = "000000000000"
    @Option(help: "Log level: trace, debug, info, notice, warning, error, critical.") var logLevel = "info"
    @Option(help: "Network threads (default: one per core).") var threads: Int?
    @Option(help: "Seconds a connection may take to send a request header, or stay idle between requests, before it is closed (0 < seconds <= 3600).")
    var idleTimeout = "5"

    func validate() throws {
        guard (0...1).contains(duplicateRate) else { throw ValidationError("--duplicate-rate must be between 0 and 1") }
        guard Logger.Level(rawValue: logLevel) != nil else { throw ValidationError("unknown --log-level \(logLevel)") }
        guard accountId.utf8.count == 12, accountId.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            throw ValidationError("--account-id must be 12 digits, not \(accountId)")
        }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
        do {
            _ = try IdleTimeout(parsing: idleTimeout)
        } catch {
            throw ValidationError("\(error)")
        }
    }

    func run() async throws {
        var logger = Logger(label: "local-runtime.sqs")
        logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
        if let data { try PrivateFiles.restrict(dataDirectory: URL(fileURLWithPath: data)) }
        let server = try QueueServer(
            configuration: .init(
                host: host, port: port, dataDirectory: data.map { URL(fileURLWithPath: $0) },
                engine: .init(region: region, accountId: accountId, duplicateRate: duplicateRate), eventLoopThreads: threads,
                idleTimeout: try IdleTimeout(parsing: idleTimeout)),
            logger: logger)
        try await server.run()
    }
}
