#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import LambdaWire
import NIOCore
import NIOHTTP1
import RequestGuard

/// One connection to an environment's Runtime API (2018-06-01): `/invocation/next`, `/response`
/// (buffered or streamed), `/error`, `/init/error`. It translates HTTP into calls on the environment,
/// which owns the invocation state. A request carrying `Origin` came from a web page and is refused; a
/// connection idle past the idle timeout (no request, or half a header) is closed.
final class RuntimeAPIHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let environment: ExecutionEnvironment
    private var state: RequestState = .idle
    private var keepAlive = true
    /// A `/next` read and parked until an invocation comes: the connection waits on us, not idle.
    private var waitingForInvocation = false

    private enum RequestState {
        case idle
        case next
        case buffered(requestID: String, contentType: String?, body: ByteBuffer)
        case streaming(requestID: String, channel: ResponseChannel, received: Int)
        case invocationError(requestID: String, errorType: String?, body: ByteBuffer)
        case initError(errorType: String?, body: ByteBuffer)
        /// The request is refused; its body is read and dropped before the answer goes out.
        case rejected(RuntimeAPIRejection)
    }

    init(environment: ExecutionEnvironment) {
        self.environment = environment
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head): begin(head, context: context)
        case .body(let buffer): receive(buffer)
        case .end(let trailers): end(trailers, context: context)
        }
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        guard let idle = event as? IdleStateHandler.IdleStateEvent, idle == .all else {
            context.fireUserInboundEventTriggered(event)
            return
        }
        // Not idle: a parked `/next` waits on us (for as long as the process lives), and a streamed
        // response may pause as long as the function likes (an event stream's heartbeat) within
        // the invocation's deadline.
        if waitingForInvocation { return }
        if case .streaming = state { return }
        context.close(promise: nil)
    }

    func channelInactive(context: ChannelHandlerContext) {
        // A runtime that drops the connection mid-response (crash, kill) leaves a truncated answer.
        switch state {
        case .buffered(let requestID, _, _), .streaming(let requestID, _, _):
            environment.finish(requestID: requestID, with: .failed(FunctionFailure(
                kind: .crash, errorType: "Runtime.TruncatedResponse", errorMessage: "the runtime closed the connection before the response ended")))
        default: break
        }
        state = .idle
        context.fireChannelInactive()
    }

    // MARK: request parts

    private func begin(_ head: HTTPRequestHead, context: ChannelHandlerContext) {
        keepAlive = head.isKeepAlive
        if let refusal = BrowserRequestGuard.runtimeAPIRefusal(
            origin: head.headers.first(name: "origin"), fetchSite: head.headers.first(name: "sec-fetch-site")) {
            state = .rejected(.fromWebPage(refusal.message))
            return
        }
        let path = head.uri.split(separator: "?", maxSplits: 1).first.map(String.init) ?? head.uri
        if path == RuntimeAPIPath.next {
            state = head.method == .GET ? .next : .rejected(.notFound)
            return
        }
        if path == RuntimeAPIPath.initError {
            state = head.method == .POST ? .initError(errorType: head.headers.first(name: RuntimeAPIHeader.functionErrorType), body: ByteBuffer()) : .rejected(.notFound)
            return
        }
        let prefix = RuntimeAPIPath.version + "/runtime/invocation/"
        let parts = path.hasPrefix(prefix) ? path.dropFirst(prefix.count).split(separator: "/", omittingEmptySubsequences: false) : []
        guard head.method == .POST, parts.count == 2, !parts[0].isEmpty, parts[1] == "response" || parts[1] == "error" else {
            state = .rejected(.notFound)
            return
        }
        let requestID = String(parts[0])
        let invocationID = head.headers.first(name: RuntimeAPIHeader.invocationID)
        if parts[1] == "response", let mode = head.headers.first(name: RuntimeAPIHeader.functionResponseMode),
            mode.lowercased() != RuntimeAPIHeader.streamingResponseMode {
            state = .rejected(.badResponseMode)
            return
        }
        switch environment.beginAnswer(requestID: requestID, invocationID: invocationID) {
        case .failure(let rejection):
            state = .rejected(rejection)
        case .success(let channel):
            let contentType = head.headers.first(name: "content-type")
            if parts[1] == "error" {
                state = .invocationError(requestID: requestID, errorType: head.headers.first(name: RuntimeAPIHeader.functionErrorType), body: ByteBuffer())
            } else if head.headers.first(name: RuntimeAPIHeader.functionResponseMode) != nil {
                channel.send(.head(contentType: contentType ?? "application/octet-stream", streaming: true))
                state = .streaming(requestID: requestID, channel: channel, received: 0)
                let loopBound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
                let eventLoop = context.eventLoop
                channel.whenAbandoned {
                    eventLoop.execute {
                        let (handler, context) = loopBound.value
                        handler.invokerLeft(requestID: requestID, context: context)
                    }
                }
            } else {
                state = .buffered(requestID: requestID, contentType: contentType, body: ByteBuffer())
            }
        }
    }

    private func receive(_ buffer: ByteBuffer) {
        switch state {
        case .buffered(let requestID, let contentType, var body):
            if body.readableBytes + buffer.readableBytes > RuntimeAPILimits.maxResponseBytes {
                environment.finish(requestID: requestID, with: .failed(FunctionFailure(
                    kind: .invalidResponse, errorType: "Function.ResponseSizeTooLarge",
                    errorMessage: "Response payload size exceeded maximum allowed payload size (\(RuntimeAPILimits.maxResponseBytes) bytes).")))
                state = .rejected(.tooLarge)
                return
            }
            var incoming = buffer
            body.writeBuffer(&incoming)
            state = .buffered(requestID: requestID, contentType: contentType, body: body)
        case .streaming(let requestID, let channel, let received):
            let total = received + buffer.readableBytes
            if total > RuntimeAPILimits.maxStreamedBytes {
                environment.finish(requestID: requestID, with: .failed(FunctionFailure(
                    kind: .invalidResponse, errorType: "Function.ResponseSizeTooLarge",
                    errorMessage: "Streamed response exceeded \(RuntimeAPILimits.maxStreamedBytes) bytes.")))
                state = .rejected(.tooLarge)
                return
            }
            channel.send(.body(Array(buffer.readableBytesView)))
            state = .streaming(requestID: requestID, channel: channel, received: total)
        case .invocationError(let requestID, let errorType, var body):
            if body.readableBytes < RuntimeAPILimits.maxErrorBytes {
                var incoming = buffer
                body.writeBuffer(&incoming)
            }
            state = .invocationError(requestID: requestID, errorType: errorType, body: body)
        case .initError(let errorType, var body):
            if body.readableBytes < RuntimeAPILimits.maxErrorBytes {
                var incoming = buffer
                body.writeBuffer(&incoming)
            }
            state = .initError(errorType: errorType, body: body)
        case .idle, .next, .rejected:
            break
        }
    }

    private func end(_ trailers: HTTPHeaders?, context: ChannelHandlerContext) {
        let finished = state
        state = .idle
        switch finished {
        case .idle:
            break
        case .next:
            waitingForInvocation = true
            let loopBound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
            let eventLoop = context.eventLoop
            let outcome = environment.requestNext { invocation, deadline in
                let write: @Sendable () -> Void = {
                    let (handler, context) = loopBound.value
                    handler.writeNext(invocation, deadline: deadline, context: context)
                }
                // The environment hands invocations over on this loop; write at once when on it.
                if eventLoop.inEventLoop { write() } else { eventLoop.execute(write) }
            }
            if case .rejected(let rejection) = outcome { reject(rejection, context: context) }
        case .buffered(let requestID, let contentType, let body):
            environment.finish(requestID: requestID, with: .head(contentType: contentType, streaming: false), .body(Array(body.readableBytesView)), .end(streamError: nil))
            accept(context: context)
        case .streaming(let requestID, _, _):
            environment.finish(requestID: requestID, with: .end(streamError: Self.streamError(trailers)))
            accept(context: context)
        case .invocationError(let requestID, let errorType, let body):
            environment.finish(requestID: requestID, with: .failed(FunctionFailure(kind: .handled, posted: Array(body.readableBytesView), headerErrorType: errorType)))
            accept(context: context)
        case .initError(let errorType, let body):
            let failure = FunctionFailure(kind: .initialization, posted: Array(body.readableBytesView), headerErrorType: errorType)
            if let rejection = environment.reportInitError(failure) {
                reject(rejection, context: context)
            } else {
                accept(context: context)
            }
        case .rejected(let rejection):
            reject(rejection, context: context)
        }
    }

    /// The invoker of the stream in progress went away (its gateway client closed the connection): the
    /// invocation ends here, and closing this connection tells the runtime, whose writes would go
    /// nowhere, to stop its handler. The environment is free for the next invocation once the runtime
    /// asks for it.
    private func invokerLeft(requestID: String, context: ChannelHandlerContext) {
        guard case .streaming(let streaming, _, _) = state, streaming == requestID else { return }
        state = .idle
        environment.finish(requestID: requestID, with: .end(streamError: nil))
        context.close(promise: nil)
    }

    /// The error a stream declared in its trailers: the type from the type trailer (what the invoker
    /// sees as the function error), the message from the base64 JSON body when it has one.
    static func streamError(_ trailers: HTTPHeaders?) -> RuntimeErrorPayload? {
        guard let trailers, let type = trailers.first(name: RuntimeAPIHeader.functionErrorType) else { return nil }
        let body = trailers.first(name: RuntimeAPIHeader.functionErrorBody)
        if let encoded = body, let data = Data(base64Encoded: encoded),
            let payload = try? JSONDecoder().decode(RuntimeErrorPayload.self, from: data) {
            return RuntimeErrorPayload(errorType: type, errorMessage: payload.errorMessage, stackTrace: payload.stackTrace)
        }
        return RuntimeErrorPayload(errorType: type, errorMessage: body ?? "")
    }

    // MARK: answers

    private func writeNext(_ invocation: Invocation, deadline: Int64, context: ChannelHandlerContext) {
        var headers = HTTPHeaders()
        headers.reserveCapacity(10)
        headers.add(name: "Content-Type", value: "application/json")
        headers.add(name: "Content-Length", value: String(invocation.payload.count))
        headers.add(name: RuntimeAPIHeader.requestID, value: invocation.requestID)
        headers.add(name: RuntimeAPIHeader.deadlineMilliseconds, value: String(deadline))
        headers.add(name: RuntimeAPIHeader.invokedFunctionARN, value: environment.configuration.arn)
        headers.add(name: RuntimeAPIHeader.traceID, value: invocation.traceID)
        headers.add(name: RuntimeAPIHeader.invocationID, value: invocation.invocationID)
        if let clientContext = invocation.clientContext { headers.add(name: RuntimeAPIHeader.clientContext, value: clientContext) }
        if let identity = invocation.cognitoIdentity { headers.add(name: RuntimeAPIHeader.cognitoIdentity, value: identity) }
        var body = context.channel.allocator.buffer(capacity: invocation.payload.count)
        body.writeBytes(invocation.payload)
        write(status: .ok, headers: headers, body: body, context: context)
    }

    private static let acceptedBody = #"{"status":"OK"}"#

    private func accept(context: ChannelHandlerContext) {
        var headers = HTTPHeaders()
        headers.add(name: "Content-Type", value: "application/json")
        headers.add(name: "Content-Length", value: String(Self.acceptedBody.utf8.count))
        write(status: .accepted, headers: headers, body: context.channel.allocator.buffer(string: Self.acceptedBody), context: context)
    }

    private func reject(_ rejection: RuntimeAPIRejection, context: ChannelHandlerContext) {
        let document = (try? RuntimeErrorPayload(errorType: rejection.errorType, errorMessage: rejection.errorMessage).jsonBytes()) ?? []
        var headers = HTTPHeaders()
        headers.add(name: "Content-Type", value: "application/json")
        headers.add(name: "Content-Length", value: String(document.count))
        write(status: rejection.status, headers: headers, body: context.channel.allocator.buffer(bytes: document), context: context)
    }

    private func write(status: HTTPResponseStatus, headers: HTTPHeaders, body: ByteBuffer, context: ChannelHandlerContext) {
        waitingForInvocation = false
        var headers = headers
        if !keepAlive { headers.add(name: "Connection", value: "close") }
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: status, headers: headers))), promise: nil)
        if body.readableBytes > 0 { context.write(wrapOutboundOut(.body(.byteBuffer(body))), promise: nil) }
        let closeAfter = !keepAlive
        let channel = context.channel
        context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in
            if closeAfter { channel.close(promise: nil) }
        }
    }
}
