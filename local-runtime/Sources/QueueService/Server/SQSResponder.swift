import Foundation
import Hummingbird
import Logging
import NIOConcurrencyHelpers
import NIOCore
import RequestGuard
import SQSWire

/// The HTTP face of the queue service: JSON 1.0 requests routed by `X-Amz-Target` whatever the path,
/// Query requests by `Action`, and `/metrics` and `/health`. Every failure becomes the error SQS would
/// send. Requests a web page sent are refused before anything runs (see `BrowserRequestGuard`).
struct SQSResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let handler: ActionHandler
    let metrics: QueueMetrics
    /// Exposition text of the services this one is composed with (the functions', under local-runtime).
    let otherMetrics: @Sendable () -> String
    let accountId: String
    let requestGuard: BrowserRequestGuard
    let logger: Logger
    /// Request ids come from a seeded generator shared by all connections.
    let requestIds = NIOLockedValueBox(FastRandom())
    /// Largest request body read: a 1 MiB batch, base64 and JSON escaping included, with room to spare.
    static let maxBody = 6 * 1024 * 1024

    func respond(to request: Request, context: Context) async throws -> Response {
        var request = request
        let browserRefusal = requestGuard.browserRefusal(origin: request.headers[.origin], fetchSite: request.headers[.init("Sec-Fetch-Site")!])
        let isAdminPath = request.uri.path == "/metrics" || request.uri.path == "/health"
        if request.method == .get, isAdminPath, let browserRefusal {
            return Response(
                status: .init(code: browserRefusal.status.rawValue), headers: [.contentType: "text/plain; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: browserRefusal.message + "\n")))
        }
        if request.method == .get, request.uri.path == "/metrics" {
            return Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4"],
                body: .init(byteBuffer: ByteBuffer(string: metrics.render(engine: handler.engine) + otherMetrics())))
        }
        if request.method == .get, request.uri.path == "/health" {
            return Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: "ok")))
        }
        let requestId = requestIds.withLockedValue { RandomIdentifier.make(using: &$0) }
        let isJSON = request.headers[.init("X-Amz-Target")!] != nil || (request.headers[.contentType] ?? "").hasPrefix("application/x-amz-json")
        let expected: ExpectedBody = isJSON ? .json(mediaType: "application/x-amz-json-1.0") : .queryForm
        if let refusal = browserRefusal ?? requestGuard.contentTypeRefusal(request.headers[.contentType], expected: expected) {
            return errorResponse(SQSError(SQSErrorCode(refusal: refusal.status), refusal.message), isJSON: isJSON, requestId: requestId, action: nil)
        }
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: Self.maxBody)
        } catch {
            let tooLarge = SQSError(.requestTooLarge, "Request body is larger than \(Self.maxBody) bytes.")
            return errorResponse(tooLarge, isJSON: isJSON, requestId: requestId, action: nil)
        }
        let requestContext = SQSRequestContext(
            baseURL: "http://\(request.head.authority ?? "localhost")", accountId: accountId,
            traceId: request.headers[.init("X-Amzn-Trace-Id")!],
            region: SigningRegion.of(authorization: request.headers[.authorization], query: request.uri.query))
        return isJSON
            ? await respondJSON(request, body: body, context: requestContext, requestId: requestId)
            : await respondQuery(request, body: body, context: requestContext, requestId: requestId)
    }

    private func respondJSON(_ request: Request, body: ByteBuffer, context: SQSRequestContext, requestId: String) async -> Response {
        let targetValue = request.headers[.init("X-Amz-Target")!] ?? ""
        guard targetValue.hasPrefix(SQSAction.targetPrefix), let action = SQSAction(rawValue: String(targetValue.dropFirst(SQSAction.targetPrefix.count))) else {
            let error = SQSError(.invalidAction, "The action \(targetValue) is not valid for this endpoint.")
            return errorResponse(error, isJSON: true, requestId: requestId, action: nil)
        }
        let members: [String: JSONValue]
        do {
            let bytes = body.readableBytesView
            if bytes.isEmpty {
                members = [:]
            } else if case .object(let object) = try JSONReader.parse(Array(bytes)) {
                members = object
            } else {
                throw JSONReader.Malformed()
            }
        } catch {
            return errorResponse(SQSError(.serialization, "Start of structure or map found where not expected."), isJSON: true, requestId: requestId, action: action)
        }
        return await run(action, RequestParameters(values: members, isQuery: false), context: context, isJSON: true, requestId: requestId)
    }

    private func respondQuery(_ request: Request, body: ByteBuffer, context: SQSRequestContext, requestId: String) async -> Response {
        var pairs = QueryForm.decode(Substring(request.uri.query ?? ""))
        if request.method == .post {
            pairs += QueryForm.decode(Substring(String(buffer: body)))
        }
        var members = QueryForm.tree(from: pairs)
        let path = request.uri.path
        if members["QueueUrl"] == nil, path.split(separator: "/").count >= 2 {
            members["QueueUrl"] = .string(context.baseURL + path)
        }
        var actionName = ""
        if case .string(let text)? = members["Action"] { actionName = text }
        guard let action = SQSAction(rawValue: actionName) else {
            let text = actionName
            let error = SQSError(.invalidAction, "The action \(text) is not valid for this endpoint.")
            return errorResponse(error, isJSON: false, requestId: requestId, action: nil)
        }
        return await run(action, RequestParameters(values: members, isQuery: true), context: context, isJSON: false, requestId: requestId)
    }

    private func run(_ action: SQSAction, _ parameters: RequestParameters, context: SQSRequestContext, isJSON: Bool, requestId: String) async -> Response {
        do {
            let result = try await handler.handle(action, parameters, context)
            metrics.record(action: action, failed: false)
            let text = isJSON ? JSONWriter.write(result) : XMLWriter.response(action: action.rawValue, result: result, requestId: requestId)
            var headers = HTTPFields()
            headers[.contentType] = isJSON ? "application/x-amz-json-1.0" : "text/xml"
            headers[.init("x-amzn-RequestId")!] = requestId
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
        } catch let error as SQSError {
            return errorResponse(error, isJSON: isJSON, requestId: requestId, action: action)
        } catch {
            logger.error("request failed", metadata: ["action": "\(action.rawValue)", "error": "\(error)"])
            let failure = SQSError(.internalFailure, "The request processing has failed because of an unknown error, exception or failure.")
            return errorResponse(failure, isJSON: isJSON, requestId: requestId, action: action)
        }
    }

    private func errorResponse(_ error: SQSError, isJSON: Bool, requestId: String, action: SQSAction?) -> Response {
        metrics.record(action: action, failed: true)
        logger.debug("request rejected", metadata: ["action": "\(action?.rawValue ?? "-")", "code": "\(error.code.shape)"])
        let text: String
        if isJSON {
            var out = "{\"__type\":"
            JSONWriter.writeString(error.code.jsonType, into: &out)
            out += ",\"message\":"
            JSONWriter.writeString(error.message, into: &out)
            out += "}"
            text = out
        } else {
            text = XMLWriter.error(error.queryWording, requestId: requestId)
        }
        var headers = HTTPFields()
        headers[.contentType] = isJSON ? "application/x-amz-json-1.0" : "text/xml"
        headers[.init("x-amzn-RequestId")!] = requestId
        headers[.init("x-amzn-query-error")!] = error.code.queryErrorHeader
        return Response(status: HTTPResponse.Status(code: error.code.status), headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
