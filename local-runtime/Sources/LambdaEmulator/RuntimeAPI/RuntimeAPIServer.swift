import NIOCore
import NIOHTTP1
import NIOPosix

/// Binds an execution environment's own Runtime API endpoint on 127.0.0.1 (an IP literal, so runtimes
/// never resolve a name) on a port the system picks.
enum RuntimeAPIServer {
    static func bind(environment: ExecutionEnvironment, eventLoop: any EventLoop) async throws -> any Channel {
        try await ServerBootstrap(group: eventLoop)
            .serverChannelOption(.backlog, value: 16)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline(withErrorHandling: true)
                    try channel.pipeline.syncOperations.addHandler(RuntimeAPIHandler(environment: environment))
                }
            }
            .bind(host: "127.0.0.1", port: 0)
            .get()
    }
}
