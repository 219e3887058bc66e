import Hummingbird
import NIOCore

/// Notices a gateway client going away: its side of the connection closed (the half-close the server
/// allows arrives as `inputClosed`) or the whole connection ended. A streamed response is only ever
/// written to, so nothing else would tell; the gateway then abandons the invocation behind it.
final class ClientHangUpHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = NIOAny

    private var promise: EventLoopPromise<Void>?
    /// Succeeds once, when the client has gone (or the connection is torn down).
    private(set) var hungUp: EventLoopFuture<Void>?

    func handlerAdded(context: ChannelHandlerContext) {
        let promise = context.eventLoop.makePromise(of: Void.self)
        self.promise = promise
        hungUp = promise.futureResult
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        clientLeft()
    }

    func channelInactive(context: ChannelHandlerContext) {
        clientLeft()
        context.fireChannelInactive()
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if let event = event as? ChannelEvent, event == .inputClosed { clientLeft() }
        context.fireUserInboundEventTriggered(event)
    }

    private func clientLeft() {
        promise?.succeed(())
        promise = nil
    }

    /// The hang-up of the connection `channel`, once looked up on its event loop; fails when the
    /// connection has no such handler (it is already torn down).
    static func hangUp(of channel: any Channel) -> EventLoopFuture<EventLoopFuture<Void>> {
        channel.eventLoop.submit {
            guard let hungUp = try channel.pipeline.syncOperations.handler(type: ClientHangUpHandler.self).hungUp else {
                throw ChannelError.ioOnClosedChannel
            }
            return hungUp
        }
    }
}

/// The gateway's request context: Hummingbird's basics plus the request's connection, whose hang-up
/// a streamed response watches.
struct GatewayRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let channel: any Channel

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
    }
}
