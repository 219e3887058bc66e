import NIOCore
import NIOHTTP1
import NIOPosix
import QueueService

/// Binds an execution environment's own Runtime API endpoint on 127.0.0.1 (an IP literal, so runtimes
/// never resolve a name) on a port the system picks, from a close-on-exec socket.
enum RuntimeAPIServer {
    static func bind(environment: ExecutionEnvironment, eventLoop: any EventLoop, idleTimeout: IdleTimeout) async throws -> any Channel {
        // The channel takes the descriptor over and closes it when it closes.
        try await ServerBootstrap(group: eventLoop)
            .serverChannelOption(.backlog, value: 16)
            .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline(withErrorHandling: true)
                    // After the decoder, so only whole request parts count as reads: a client
                    // dribbling a header byte by byte is as idle as one that sends nothing. Answers
                    // count too, so a runtime handed an invocation after a long `/next` gets the
                    // whole timeout for its next request on the same connection.
                    try channel.pipeline.syncOperations.addHandler(IdleStateHandler(allTimeout: idleTimeout.amount))
                    try channel.pipeline.syncOperations.addHandler(RuntimeAPIHandler(environment: environment))
                }
            }
            .withBoundSocket(try LoopbackListener.open())
            .get()
    }
}
