import Hummingbird
import Logging

/// Everything on the gateway port (127.0.0.1:3000 by default): the Lambda Invoke APIs under
/// `/2015-03-31/functions/` and `/2021-11-15/functions/`, and every other path for the HttpApi /
/// Function URL functions.
struct GatewayResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let invokeAPI: InvokeAPI
    let front: FunctionHTTPFront

    func respond(to request: Request, context: Context) async throws -> Response {
        if let (name, operation) = InvokeAPI.route(request.uri.path) {
            return await invokeAPI.respond(to: request, functionName: name, operation: operation)
        }
        return await front.respond(to: request)
    }
}

/// The gateway as a runnable application.
public struct Gateway: Sendable {
    let responder: GatewayResponder
    let host: String
    let port: Int
    let logger: Logger

    public init(supervisor: Supervisor, routes: HTTPRouteTable, host: String = "127.0.0.1", port: Int = 3000,
                region: String, accountId: String, logger: Logger) {
        responder = GatewayResponder(
            invokeAPI: InvokeAPI(supervisor: supervisor, region: region, accountId: accountId, logger: logger),
            front: FunctionHTTPFront(supervisor: supervisor, routes: routes, accountId: accountId, logger: logger))
        self.host = host
        self.port = port
        self.logger = logger
    }

    /// Serves until the calling task is cancelled.
    public func run(onServerRunning: @escaping @Sendable () async -> Void = {}) async throws {
        // The HTTP server logs every connection cancelled at shutdown as an error; unless debugging,
        // only its failures to start matter, and those are thrown.
        var serverLogger = logger
        if logger.logLevel > .debug { serverLogger.logLevel = .critical }
        let application = Application(
            responder: responder,
            configuration: .init(address: .hostname(host, port: port), serverName: "local-runtime"),
            onServerRunning: { _ in await onServerRunning() }, logger: serverLogger)
        try await application.run()
    }
}
