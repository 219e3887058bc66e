import Foundation
import Logging
import NIOConcurrencyHelpers
import QueueService
import SAMTemplate

/// The whole local stack from one template: queue service with the template's queues, Redis, one
/// function pool per function, SQS event source mappings and the HTTP gateway. `run` serves until
/// the task is cancelled or `shutdown()` is called, then drains in order: pollers stop taking batches,
/// invocations in flight finish, processes stop, servers close, the journal and Redis flush.
package final class LocalStack: Sendable {
    package let options: StackOptions
    package let template: Template
    package let functions: [FunctionConfiguration]
    package let mappings: [SQSEventSourceMapping]
    package let routes: HTTPRouteTable
    private let console: Console
    private let logger: Logger
    private let stopRequest = NIOLockedValueBox<CheckedContinuation<Void, Never>?>(nil)
    private let stopRequested = NIOLockedValueBox(false)
    /// Why a server stopped on its own (cannot bind, …); the stack then stops and `run` throws it.
    private let serverFailure = NIOLockedValueBox<String?>(nil)

    /// Reads and checks the template; nothing starts yet.
    package init(options: StackOptions, console: Console, logger: Logger, extraEnvironment: [String: String] = [:]) throws {
        self.options = options
        self.console = console
        self.logger = logger
        let url = URL(fileURLWithPath: options.templatePath)
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw StackError.template(path: options.templatePath, detail: "cannot read it (\(error.localizedDescription))")
        }
        let environment = Template.Environment(
            region: options.region, accountId: options.accountId, queueEndpoint: "http://\(options.host):\(options.sqsPort)")
        do {
            template = try Template(yaml: text, overrides: options.parameterOverrides, environment: environment)
        } catch {
            throw StackError.template(path: options.templatePath, detail: error.description)
        }
        let locator = ExecutableLocator(templateDirectory: url.deletingLastPathComponent(), binDirectories: options.binDirectories)
        functions = template.functions.map {
            FunctionConfiguration(
                definition: $0, locator: locator, region: options.region, accountId: options.accountId,
                defaultConcurrency: options.defaultConcurrency, extraEnvironment: extraEnvironment)
        }
        var mappings: [SQSEventSourceMapping] = []
        var routes: [HTTPRouteTable.Route] = []
        for (definition, configuration) in zip(template.functions, functions) {
            for event in definition.events {
                switch event {
                case .sqs(let source):
                    guard let queue = template.queue(named: source.queue) else {
                        throw StackError.mapping("\(definition.logicalId).Events.\(source.name): queue '\(source.queue)' is not in the template")
                    }
                    let visibility = Int(queue.attributes["VisibilityTimeout"] ?? "30") ?? 30
                    if visibility < definition.timeout {
                        throw StackError.mapping(
                            "\(definition.logicalId).Events.\(source.name): Queue visibility timeout: \(visibility) seconds is less than Function timeout: \(definition.timeout) seconds")
                    }
                    mappings.append(SQSEventSourceMapping(
                        event: source, function: configuration, queue: queue,
                        queueARN: "arn:aws:sqs:\(options.region):\(options.accountId):\(queue.name)"))
                case .httpAPI(let api):
                    routes.append(.init(function: definition.name, method: api.method, path: api.path))
                }
            }
            if definition.functionURL != nil {
                routes.append(.init(function: definition.name, method: "ANY", path: "$default"))
            }
        }
        self.mappings = mappings
        self.routes = HTTPRouteTable(routes: routes)
    }

    /// Asks a running stack to drain and stop.
    package func shutdown() {
        let waiter = stopRequest.withLockedValue { value in
            defer { value = nil }
            return value
        }
        stopRequested.withLockedValue { $0 = true }
        waiter?.resume()
    }

    private func waitForStop() async {
        await withCheckedContinuation { continuation in
            let already = stopRequested.withLockedValue { $0 }
            if already {
                continuation.resume()
                return
            }
            stopRequest.withLockedValue { $0 = continuation }
        }
    }

    /// Starts everything, prints the ready line, serves until `shutdown()` or cancellation.
    package func run(onReady: @escaping @Sendable (String) -> Void) async throws {
        for resource in template.unsupported {
            console.note("\(resource)")
        }
        // Redis first: its URL goes into every function's environment.
        var redis: RedisProcess?
        var environment: [String: String] = [
            "AWS_ENDPOINT_URL_SQS": "http://\(options.host):\(options.sqsPort)",
            "AWS_ACCESS_KEY_ID": "local", "AWS_SECRET_ACCESS_KEY": "local",
        ]
        environment.merge(options.functionEnvironment) { $1 }
        if let url = options.redisURL {
            environment["REDIS_URL"] = url
        } else {
            let directory = options.dataDirectory?.appendingPathComponent("redis")
                ?? FileManager.default.temporaryDirectory.appendingPathComponent("local-runtime-redis-\(getpid())")
            let started = try await RedisProcess.start(dataDirectory: directory)
            redis = started
            environment["REDIS_URL"] = started.url
        }
        let functions = self.functions.map { $0.adding(environment: environment) }
        for function in functions where function.located == nil {
            console.note("\(function.name): \(function.locateError ?? "no executable"); its invocations will fail")
        }

        let queueServer = try QueueServer(
            configuration: .init(
                host: options.host, port: options.sqsPort, dataDirectory: options.dataDirectory?.appendingPathComponent("sqs"),
                engine: .init(region: options.region, accountId: options.accountId, duplicateRate: options.duplicateRate),
                idleTimeout: options.idleTimeout),
            logger: logger)
        // Dead-letter queues before the queues that name them.
        for queue in template.queues.sorted(by: { ($0.deadLetterQueue == nil ? 0 : 1) < ($1.deadLetterQueue == nil ? 0 : 1) }) {
            do {
                try await queueServer.engine.createQueue(name: queue.name, attributes: queue.attributes, tags: queue.tags)
            } catch {
                queueServer.engine.close()
                await redis?.stop()
                throw StackError.mapping("queue \(queue.logicalId) (line \(queue.line)): \(error)")
            }
        }

        let supervisor = Supervisor(functions: functions, console: console, idleTimeout: options.idleTimeout)
        let gateway = Gateway(
            supervisor: supervisor, routes: routes, host: options.host, port: options.port,
            region: options.region, accountId: options.accountId, idleTimeout: options.idleTimeout, logger: logger)
        let pollers = mappings.compactMap { mapping in
            supervisor.pool(named: mapping.function).map {
                SQSPoller(mapping: mapping, engine: queueServer.engine, pool: $0, region: options.region, accountId: options.accountId, logger: logger)
            }
        }
        let readyCount = NIOLockedValueBox(0)
        let readyLine = "local-runtime ready: http://\(options.host):\(options.port) (sqs http://\(options.host):\(options.sqsPort), "
            + "functions: \(functions.map(\.name).joined(separator: ", ")); queues: \(template.queues.map(\.name).joined(separator: ", ")))"
        let serverUp: @Sendable () -> Void = {
            if readyCount.withLockedValue({ $0 += 1; return $0 }) == 2 { onReady(readyLine) }
        }

        await withTaskGroup(of: Void.self) { servers in
            servers.addTask {
                do {
                    try await queueServer.application(onServerRunning: { _ in serverUp() }, otherMetrics: supervisor.metrics.render).run()
                } catch {
                    self.serverFailed("queue service on \(self.options.host):\(self.options.sqsPort): \(error)")
                }
            }
            servers.addTask {
                do {
                    try await gateway.run(onServerRunning: { serverUp() })
                } catch {
                    self.serverFailed("gateway on \(self.options.host):\(self.options.port): \(error)")
                }
            }
            let polling = Task {
                await withTaskGroup(of: Void.self) { group in
                    for poller in pollers { group.addTask { await poller.run() } }
                }
            }
            await withTaskCancellationHandler {
                await waitForStop()
            } onCancel: {
                self.shutdown()
            }
            console.note("stopping: finishing invocations in flight")
            polling.cancel()
            await polling.value
            await supervisor.shutdown()
            servers.cancelAll()
        }
        queueServer.engine.close()
        await redis?.stop()
        console.note("stopped")
        if let failure = serverFailure.withLockedValue({ $0 }) { throw StackError.server(failure) }
    }

    /// A server ended by itself; errors of servers cancelled by a requested stop are not failures.
    private func serverFailed(_ detail: String) {
        guard !stopRequested.withLockedValue({ $0 }) else { return }
        serverFailure.withLockedValue { $0 = $0 ?? detail }
        shutdown()
    }
}
