import Foundation
import Hummingbird
import LambdaWire
import Logging
import NIOCore

/// The HttpApi / Function URL front door: builds the 2.0 event, invokes the matched function and turns
/// its answer into the client's response. A streamed answer is relayed chunk by chunk as the function
/// writes it (its HTTP-integration prelude becomes the status and headers), so Server-Sent Events
/// reach the browser as they are produced; a client that hangs up abandons the invocation, so the
/// function stops streaming to no one.
struct FunctionHTTPFront: Sendable {
    let supervisor: Supervisor
    let routes: HTTPRouteTable
    let accountId: String
    let logger: Logger

    static let maxBody = 6 * 1024 * 1024

    /// `connection` is the client's, watched for a hang-up while a response streams.
    func respond(to request: Request, connection: any Channel) async -> Response {
        let path = request.uri.path
        guard let (route, parameters) = routes.match(method: request.method.rawValue, path: path),
            let pool = supervisor.pool(named: route.function)
        else {
            return Self.message(.notFound, "Not Found")
        }
        var request = request
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: Self.maxBody)
        } catch {
            return Self.message(.contentTooLarge, "Request Entity Too Large")
        }
        let requestID = UUID().uuidString.lowercased()
        let event = HTTPEventBuilder.event(
            method: request.method.rawValue, path: path, query: request.uri.query ?? "", headers: request.headers,
            body: Array(body.readableBytesView), route: route, pathParameters: parameters, requestID: requestID, accountId: accountId)
        let payload: [UInt8]
        do {
            payload = Array(try JSONEncoder().encode(event))
        } catch {
            return Self.message(.internalServerError, "Internal Server Error")
        }
        let channel = pool.invoke(Invocation(payload: payload), whenBusy: .throttle)
        guard let first = await channel.next() else { return Self.message(.badGateway, "Internal Server Error") }
        switch first {
        case .failed(let failure) where failure.kind == .throttled:
            // API Gateway turns a throttled integration into a bare 500 unless a gateway response maps
            // it; the 429 it can be mapped to tells a client what to do.
            var response = Self.message(.tooManyRequests, "Too Many Requests")
            response.headers[.retryAfter] = "1"
            return response
        case .failed(let failure):
            logger.notice("function failed", metadata: ["function": "\(route.function)", "error": "\(failure.errorType)"])
            return failure.kind == .timeout ? Self.message(.serviceUnavailable, "Service Unavailable") : Self.message(.badGateway, "Internal Server Error")
        case .head(let contentType, true):
            ClientHangUpHandler.hangUp(of: connection).whenSuccess { $0.whenSuccess { channel.abandon() } }
            return await streamed(channel, contentType: contentType)
        case .head:
            if case .success(_, let bytes, _) = await channel.collect() {
                return Self.buffered(bytes)
            }
            return Self.message(.badGateway, "Internal Server Error")
        case .body, .end:
            return Self.message(.badGateway, "Internal Server Error")
        }
    }

    /// A buffered 2.0 response: a JSON object with `statusCode` is a full response; anything else is
    /// the body of a 200 `application/json` answer, as API Gateway infers it.
    static func buffered(_ bytes: [UInt8]) -> Response {
        if let response = try? JSONDecoder().decode(HTTPAPIResponse.self, from: Data(bytes)) {
            var headers = HTTPFields()
            for (name, value) in response.headers ?? [:] {
                headers.setField(name, value)
            }
            for cookie in response.cookies ?? [] { headers.append(.init(name: .setCookie, value: cookie)) }
            let text = response.body ?? ""
            let body = response.isBase64Encoded == true ? Data(base64Encoded: text).map(Array.init) ?? [] : Array(text.utf8)
            return Response(status: .init(code: response.statusCode), headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body)))
        }
        return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    private func streamed(_ channel: ResponseChannel, contentType: String?) async -> Response {
        var status = HTTPResponse.Status.ok
        var headers = HTTPFields()
        var pending: [UInt8] = []
        if contentType == HTTPStreamingPrelude.contentType {
            // The prelude comes first; hold the bytes until its separator has arrived.
            prelude: while true {
                guard let event = await channel.next() else { return Self.message(.badGateway, "Internal Server Error") }
                switch event {
                case .body(let bytes):
                    pending += bytes
                    guard let (prelude, offset) = (try? HTTPStreamingPrelude.parse(pending)) ?? nil else {
                        if pending.count > 16 * 1024 { return Self.message(.badGateway, "Internal Server Error") }
                        continue
                    }
                    status = .init(code: prelude.statusCode)
                    for (name, value) in prelude.headers {
                        headers.setField(name, value)
                    }
                    for cookie in prelude.cookies { headers.append(.init(name: .setCookie, value: cookie)) }
                    pending = Array(pending[offset...])
                    break prelude
                case .end, .failed, .head:
                    return Self.message(.badGateway, "Internal Server Error")
                }
            }
        } else {
            headers[.contentType] = contentType ?? "application/octet-stream"
        }
        let initial = pending
        let logger = logger
        return Response(status: status, headers: headers, body: ResponseBody { writer in
            if !initial.isEmpty { try await writer.write(ByteBuffer(bytes: initial)) }
            relay: while let event = await channel.next() {
                switch event {
                case .body(let bytes): try await writer.write(ByteBuffer(bytes: bytes))
                case .end(let streamError):
                    if let streamError {
                        logger.notice("stream ended with an error", metadata: ["error": "\(streamError.errorType)"])
                    }
                    break relay
                case .failed(let failure):
                    logger.notice("stream failed", metadata: ["error": "\(failure.errorType)"])
                    break relay
                case .head: continue
                }
            }
            try await writer.finish(nil)
        })
    }

    static func message(_ status: HTTPResponse.Status, _ text: String) -> Response {
        let body = (try? JSONSerialization.data(withJSONObject: ["message": text])) ?? Data()
        return Response(status: status, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }
}
