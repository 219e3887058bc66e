import Foundation
import Hummingbird
import Logging
import NIOCore
import NIOPosix
import RequestGuard

/// The queue service as a library: an engine over a store, served over HTTP. The `local-runtime`
/// executable composes it, alone (`local-runtime sqs`) or with the other local services.
package struct QueueServer: Sendable {
    package struct Configuration: Sendable {
        package var host: String
        package var port: Int
        /// Where the SQLite database lives; nil keeps everything in memory.
        package var dataDirectory: URL?
        package var engine: QueueEngineOptions
        /// Network threads; nil shares NIO's process-wide group (one thread per core).
        package var eventLoopThreads: Int?
        /// How long a connection may take to send a request's header, or sit idle between requests,
        /// before it is closed (see `IdleTimeout`).
        package var idleTimeout: IdleTimeout

        package init(
            host: String = "127.0.0.1", port: Int = 9324, dataDirectory: URL?, engine: QueueEngineOptions = .init(),
            eventLoopThreads: Int? = nil, idleTimeout: IdleTimeout = .standard
        ) {
            self.host = host
            self.port = port
            self.dataDirectory = dataDirectory
            self.engine = engine
            self.eventLoopThreads = eventLoopThreads
            self.idleTimeout = idleTimeout
        }
    }

    package let engine: QueueEngine
    private let configuration: Configuration
    private let logger: Logger

    package init(configuration: Configuration, logger: Logger = Logger(label: "queue-service")) throws {
        let store: any DurableStore = try configuration.dataDirectory.map { try SQLiteStore(directory: $0) } ?? EphemeralStore()
        self.engine = try QueueEngine(store: store, options: configuration.engine, logger: logger)
        self.configuration = configuration
        self.logger = logger
    }

    /// The HTTP application, for running alone or inside a larger service group. `otherMetrics` is
    /// appended to `/metrics`.
    package func application(
        onServerRunning: @escaping @Sendable (any Channel) async -> Void = { _ in }, otherMetrics: @escaping @Sendable () -> String = { "" }
    ) -> some ApplicationProtocol {
        let responder = SQSResponder(
            handler: ActionHandler(engine: engine), metrics: QueueMetrics(), otherMetrics: otherMetrics,
            accountId: configuration.engine.accountId,
            requestGuard: BrowserRequestGuard(host: configuration.host, port: configuration.port), logger: logger)
        return Application(
            responder: responder,
            server: .http1(configuration: .init(idleTimeout: configuration.idleTimeout.amount)),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "local-runtime-sqs"),
            onServerRunning: { channel in
                if let port = channel.localAddress?.port { ListenerCloseOnExec.mark(port: port) }
                await onServerRunning(channel)
            },
            eventLoopGroupProvider: configuration.eventLoopThreads.map { .shared(MultiThreadedEventLoopGroup(numberOfThreads: $0)) } ?? .singleton,
            logger: logger)
    }

    /// Serves until SIGINT or SIGTERM, then flushes the journal.
    package func run() async throws {
        try await application().runService()
        engine.close()
    }
}
