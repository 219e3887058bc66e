import ArgumentParser
import Foundation
import LambdaEmulator
import Logging
import QueueService
import ServiceLifecycle
import TeacherAuth

/// `local-runtime` (the default command): the whole stack from `template.yaml` — queues, Redis,
/// Lambda emulation with SQS event sources, and the HTTP gateway with the Invoke API.
struct StackCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Run every function and queue of a SAM template locally (the default).",
        discussion: """
            Functions: a CodeUri folder with an executable `bootstrap` runs it as it is; otherwise the executable named \
            after the CodeUri's last path component (functions/api -> api) is looked up in --bin-dir (default \
            .build/debug, then .build/release). Parameters: LOCAL_RUNTIME_PARAMETER_<Name>=value in the environment, \
            overridden by --parameter-overrides Name=value. Redis: REDIS_URL (rediss:// for TLS, verified against \
            RECORDLINE_REDIS_CA_FILE when set, which the functions get too), else a redis-server started on a free port.
            """)

    @Option(help: "The SAM template.") var template = "template.yaml"
    @Option(help: "Address every server listens on.") var host = "127.0.0.1"
    @Option(help: "Port of the HTTP gateway and the Lambda Invoke API.") var port = 3000
    @Option(help: "Port of the SQS-compatible queue service.") var sqsPort = 9324
    @Option(help: "Directory for durable state (queues, Redis).") var data = ".local-runtime"
    @Option(help: "Directory of function executables; repeat to search several.") var binDir: [String] = []
    @Option(parsing: .upToNextOption, help: "Template parameter values: Key=Value ….") var parameterOverrides: [String] = []
    @Option(help: "Environments per function when the template sets no ReservedConcurrentExecutions (the local stand-in for the account's unreserved concurrency); synchronous calls beyond it get 429.") var concurrency = 100
    @Option(help: "Log level: trace, debug, info, notice, warning, error, critical.") var logLevel = "notice"
    @Option(help: "The teacher the printed ready token speaks for.") var localTeacher = "local"
    @Option(help: "Fraction (0 to 1) of queue messages delivered a second time, to exercise idempotency.") var sqsDuplicateRate = 0.0
    @Option(help: "Seconds a connection to any local-runtime listener may take to send a request header, or stay idle between requests, before it is closed (0 < seconds <= 3600).")
    var idleTimeout = "5"

    func validate() throws {
        guard Logger.Level(rawValue: logLevel) != nil else { throw ValidationError("unknown --log-level \(logLevel)") }
        guard concurrency >= 1 else { throw ValidationError("--concurrency must be at least 1") }
        guard (0...1).contains(sqsDuplicateRate) else { throw ValidationError("--sqs-duplicate-rate must be between 0 and 1") }
        do {
            _ = try IdleTimeout(parsing: idleTimeout)
        } catch {
            throw ValidationError("\(error)")
        }
    }

    func run() async throws {
        var logger = Logger(label: "local-runtime")
        logger.logLevel = Logger.Level(rawValue: logLevel) ?? .notice
        let environment = ProcessInfo.processInfo.environment
        let binDirectories = (binDir.isEmpty ? [".build/debug", ".build/release"] : binDir).map { URL(fileURLWithPath: $0) }
        let stack: LocalStack
        let secret: String
        do {
            try PrivateFiles.restrict(dataDirectory: URL(fileURLWithPath: data))
        } catch {
            FileHandle.standardError.write(Data("local-runtime: cannot make the data directory \(data) private: \(error)\n".utf8))
            throw ExitCode(1)
        }
        do {
            secret = try LocalSigningSecret.load(environment: environment, dataDirectory: URL(fileURLWithPath: data))
        } catch {
            FileHandle.standardError.write(Data("local-runtime: cannot keep the signing secret in \(data): \(error)\n".utf8))
            throw ExitCode(1)
        }
        // The Redis the functions are handed: its URL, and for rediss:// the CA file its certificate is verified
        // against (a path as the functions see it; a relative one is taken from here).
        let redisURL = environment["REDIS_URL"].flatMap { $0.isEmpty ? nil : $0 }
        var functionEnvironment = ["RECORDLINE_JWT_SECRET": secret]
        if redisURL != nil, let file = environment["RECORDLINE_REDIS_CA_FILE"], !file.isEmpty {
            functionEnvironment["RECORDLINE_REDIS_CA_FILE"] = URL(fileURLWithPath: file).path
        }
        do {
            let options = StackOptions(
                templatePath: template, host: host, port: port, sqsPort: sqsPort, dataDirectory: URL(fileURLWithPath: data),
                binDirectories: binDirectories,
                parameterOverrides: try StackOptions.parameterOverrides(environment: environment, commandLine: parameterOverrides),
                defaultConcurrency: concurrency, redisURL: redisURL,
                functionEnvironment: functionEnvironment, duplicateRate: sqsDuplicateRate,
                idleTimeout: try IdleTimeout(parsing: idleTimeout))
            stack = try LocalStack(options: options, console: Console(), logger: logger)
        } catch {
            FileHandle.standardError.write(Data("local-runtime: \(error)\n".utf8))
            throw ExitCode(2)
        }
        // A ready token, so the page can be opened at once (local mode only: it is printed, never logged).
        let token = try await Authenticator.issueToken(teacher: localTeacher, secret: secret, lifetime: .seconds(30 * 86_400))
        let page = "http://\(host):\(port)/#token=\(token)"
        let service = StackService(stack: stack) { line in
            FileHandle.standardOutput.write(Data((line + "\n").utf8))
            FileHandle.standardOutput.write(Data("teacher page: \(page)\ntoken for \(localTeacher) (30 days): \(token)\n".utf8))
        }
        // SIGINT and SIGTERM start the graceful shutdown: the stack drains and stops, then `run` returns.
        let group = ServiceGroup(configuration: .init(
            services: [.init(service: service, serviceName: "local-runtime")], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        do {
            try await group.run()
        } catch {
            FileHandle.standardError.write(Data("local-runtime: \(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}
