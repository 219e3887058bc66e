import Hummingbird
import Logging
import QueueService
import RequestGuard

/// Everything on the gateway port (127.0.0.1:3000 by default): the Lambda Invoke APIs under
/// `/2015-03-31/functions/` and `/2021-11-15/functions/`, and every other path for the HttpApi /
/// Function URL functions. Only the Invoke APIs refuse requests from web pages: the other paths are
/// the functions' own HTTP APIs, which answer browsers (the teacher page) with their own CORS rules.
struct GatewayResponder: HTTPResponder {
    typealias Context = GatewayRequestContext

    let invokeAPI: InvokeAPI
    let front: FunctionHTTPFront
    let requestGuard: BrowserRequestGuard

    func respond(to request: Request, context: Context) async throws -> Response {
        if let (name, operation) = InvokeAPI.route(request.uri.path) {
            let refusal = requestGuard.browserRefusal(origin: request.headers[.origin], fetchSite: request.headers[.init("Sec-Fetch-Site")!])
                ?? requestGuard.contentTypeRefusal(request.headers[.contentType], expected: .json(mediaType: "application/json"))
            if let refusal { return InvokeAPIError(refusal: refusal).response }
            return await invokeAPI.respond(to: request, functionName: name, operation: operation, connection: context.channel)
        }
        return await front.respond(to: request, connection: context.channel)
    }
}

/// The gateway as a runnable application.
package struct Gateway: Sendable {
    let responder: GatewayResponder
    let host: String
    let port: Int
    let idleTimeout: IdleTimeout
    let logger: Logger

    package init(supervisor: Supervisor, routes: HTTPRouteTable, host: String = "127.0.0.1", port: Int = 3000,
                region: String, accountId: String, idleTimeout: IdleTimeout = .standard, logger: Logger) {
        responder = GatewayResponder(
            invokeAPI: InvokeAPI(supervisor: supervisor, region: region, accountId: accountId, logger: logger),
            front: FunctionHTTPFront(supervisor: supervisor, routes: routes, accountId: accountId, logger: logger),
            requestGuard: BrowserRequestGuard(host: host, port: port))
        self.host = host
        self.port = port
        self.idleTimeout = idleTimeout
        self.logger = logger
    }

    /// Serves until the calling task is cancelled.
    package func run(onServerRunning: @escaping @Sendable () async -> Void = {}) async throws {
        // The HTTP server logs every connection cancelled at shutdown as an error; unless debugging,
        // only its failures to start matter, and those are thrown.
        var serverLogger = logger
        if logger.logLevel > .debug { serverLogger.logLevel = .critical }
        let application = Application(
            responder: responder,
            server: .http1(configuration: .init(additionalChannelHandlers: [ClientHangUpHandler()], idleTimeout: idleTimeout.amount)),
            configuration: .init(address: .hostname(host, port: port), serverName: "local-runtime"),
            onServerRunning: { channel in
                if let port = channel.localAddress?.port { ListenerCloseOnExec.mark(port: port) }
                await onServerRunning()
            }, logger: serverLogger)
        try await application.run()
    }
}
