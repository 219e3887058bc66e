import Foundation
import Hummingbird
import Logging
import NIOCore

/// The Lambda Invoke APIs on the gateway's port, so the AWS CLI and SDKs can call functions directly:
/// `POST /2015-03-31/functions/{name}/invocations` (`RequestResponse` waits for the result, `Event`
/// queues it with 202, `DryRun` only checks the function exists with 204) and
/// `POST /2021-11-15/functions/{name}/response-streaming-invocations` (the response relayed as it is
/// written, in event stream framing). A synchronous invocation that finds the function at its
/// concurrency limit is throttled with 429, as Lambda does; an `Event` one waits its turn, as Lambda's
/// internal queue does.
struct InvokeAPI: Sendable {
    let supervisor: Supervisor
    let region: String
    let accountId: String
    let logger: Logger

    enum Operation: Sendable, Equatable {
        case invoke
        case invokeWithResponseStream
    }

    private static let routes: [(prefix: String, suffix: String, operation: Operation)] = [
        ("/2015-03-31/functions/", "/invocations", .invoke),
        ("/2021-11-15/functions/", "/response-streaming-invocations", .invokeWithResponseStream),
    ]
    static let syncLimit = 6 * 1024 * 1024
    static let asyncLimit = 1024 * 1024
    /// Lambda retries a failed asynchronous invocation twice, about one and two minutes later; locally
    /// the waits are seconds, so a retry is seen while developing.
    static let asyncRetries = 2
    static let asyncRetryDelay: Duration = .seconds(1)

    /// The function name and operation of an Invoke API path. Accepts a name, a `name:qualifier` or a
    /// full ARN, as Lambda does.
    static func route(_ path: String) -> (name: String, operation: Operation)? {
        guard let route = routes.first(where: { path.hasPrefix($0.prefix) && path.hasSuffix($0.suffix) }),
            path.count > route.prefix.count + route.suffix.count
        else { return nil }
        let raw = String(path.dropFirst(route.prefix.count).dropLast(route.suffix.count))
        let decoded = raw.removingPercentEncoding ?? raw
        guard !decoded.isEmpty, !decoded.contains("/") else { return nil }
        if decoded.hasPrefix("arn:") {
            let parts = decoded.split(separator: ":", omittingEmptySubsequences: false)
            return parts.count >= 7 ? (String(parts[6]), route.operation) : nil
        }
        return decoded.split(separator: ":").first.map { (String($0), route.operation) }
    }

    /// `connection` is the client's, whose hang-up ends a streamed invocation (nil: nothing watches it).
    func respond(to request: Request, functionName name: String, operation: Operation, connection: (any Channel)? = nil) async -> Response {
        do {
            return try await invoke(request, name: name, operation: operation, connection: connection)
        } catch let error as InvokeAPIError {
            return error.response
        } catch {
            return InvokeAPIError(status: .internalServerError, code: "ServiceException", message: "\(error)").response
        }
    }

    private func invoke(_ request: Request, name: String, operation: Operation, connection: (any Channel)?) async throws -> Response {
        let arn = "arn:aws:lambda:\(region):\(accountId):function:\(name)"
        guard request.method == .post else {
            throw InvokeAPIError(status: .methodNotAllowed, code: "InvalidRequestException", message: "Invoke takes POST")
        }
        guard let pool = supervisor.pool(named: name) else { throw InvokeAPIError.notFound(arn) }
        let type = request.headers[.init("X-Amz-Invocation-Type")!] ?? "RequestResponse"
        let allowed = operation == .invoke ? ["Event", "RequestResponse", "DryRun"] : ["RequestResponse", "DryRun"]
        guard allowed.contains(type) else {
            throw InvokeAPIError.invalidParameter(
                "1 validation error detected: Value '\(type)' at 'invocationType' failed to satisfy constraint: Member must satisfy enum value set: [\(allowed.joined(separator: ", "))]")
        }
        let limit = type == "Event" ? Self.asyncLimit : Self.syncLimit
        let invocation = try await Self.invocation(from: request, limit: limit)
        var headers = HTTPFields()
        headers[.init("x-amzn-RequestId")!] = invocation.requestID
        switch type {
        case "DryRun":
            return Response(status: .noContent, headers: headers)
        case "Event":
            queueAsynchronously(invocation, on: pool)
            return Response(status: .accepted, headers: headers)
        default:
            break
        }
        headers[.init("X-Amz-Executed-Version")!] = "$LATEST"
        let channel = pool.invoke(invocation, whenBusy: .throttle)
        if operation == .invokeWithResponseStream {
            return try await streamed(channel, headers: headers, connection: connection)
        }
        switch await channel.collect() {
        case .success(let contentType, let body, let streamError):
            headers[.contentType] = contentType ?? "application/json"
            if let streamError {
                headers[.init("X-Amz-Function-Error")!] = streamError.errorType
            }
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body)))
        case .failure(let failure):
            try Self.refuseIfNotRun(failure)
            headers[.contentType] = "application/json"
            headers[.init("X-Amz-Function-Error")!] = "Unhandled"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: failure.body)))
        }
    }

    /// The request's payload (`{}` when empty; JSON required) and headers as an invocation.
    private static func invocation(from request: Request, limit: Int) async throws -> Invocation {
        var request = request
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: limit)
        } catch {
            throw InvokeAPIError.tooLarge(limit: limit)
        }
        var payload = Array(buffer.readableBytesView)
        if payload.isEmpty { payload = Array("{}".utf8) }
        guard (try? JSONSerialization.jsonObject(with: Data(payload), options: [.fragmentsAllowed])) != nil else {
            throw InvokeAPIError.notJSON
        }
        let clientContext = try request.headers[.init("X-Amz-Client-Context")!].map { encoded -> String in
            guard let data = Data(base64Encoded: encoded) else {
                throw InvokeAPIError.invalidParameter("Client context must be a valid Base64-encoded JSON object.")
            }
            return String(decoding: data, as: UTF8.self)
        }
        return Invocation(payload: payload, traceID: request.headers[.init("X-Amzn-Trace-Id")!], clientContext: clientContext)
    }

    /// Failures where the function never ran are the API's errors, not the function's.
    private static func refuseIfNotRun(_ failure: FunctionFailure) throws {
        if failure.kind == .throttled { throw InvokeAPIError.throttled(reason: failure.reason) }
        if failure.kind == .unavailable, failure.errorType == "ServiceException" { throw InvokeAPIError.shuttingDown }
    }

    private func queueAsynchronously(_ invocation: Invocation, on pool: FunctionPool) {
        let logger = logger
        let name = pool.configuration.name
        Task {
            var attempt = invocation
            for retry in 0...Self.asyncRetries {
                guard case .failure(let failure) = await pool.invoke(attempt).collect() else { return }
                logger.notice("asynchronous invocation failed", metadata: [
                    "function": "\(name)", "requestId": "\(invocation.requestID)", "error": "\(failure.errorType)",
                    "attempt": "\(retry + 1)",
                ])
                guard retry < Self.asyncRetries, failure.kind != .unavailable else { return }
                try? await Task.sleep(for: Self.asyncRetryDelay * (retry + 1))
                attempt = invocation.retry()
            }
        }
    }

    /// InvokeWithResponseStream: every chunk the function writes becomes a `PayloadChunk` event as it
    /// arrives; `InvokeComplete` ends the stream, carrying the function's error, if any. A client that
    /// hangs up (its connection closes, or a write to it fails) abandons the invocation: the function's
    /// response connection is closed, so its writer sees the disconnect, and the environment is free
    /// for the next invocation, as the gateway does for a streamed HTTP response.
    private func streamed(_ channel: ResponseChannel, headers: HTTPFields, connection: (any Channel)?) async throws -> Response {
        // A function that never ran (throttled, shutting down) gets the API's error, not a stream.
        guard let first = await channel.next() else { throw InvokeAPIError.shuttingDown }
        if case .failed(let failure) = first { try Self.refuseIfNotRun(failure) }
        if let connection {
            ClientHangUpHandler.hangUp(of: connection).whenComplete { result in
                switch result {
                case .success(let hungUp): hungUp.whenSuccess { channel.abandon() }
                case .failure: channel.abandon()
                }
            }
        }
        var headers = headers
        headers[.contentType] = "application/vnd.amazon.eventstream"
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            do {
                try await Self.relay(channel, from: first, to: &writer)
            } catch {
                channel.abandon()
                throw error
            }
        })
    }

    private static func relay(_ channel: ResponseChannel, from first: ResponseEvent, to writer: inout any ResponseBodyWriter) async throws {
        var event: ResponseEvent? = first
        while let current = event {
            switch current {
            case .head:
                break
            case .body(let bytes):
                let message = EventStreamMessage.event("PayloadChunk", contentType: "application/octet-stream", payload: bytes)
                try await writer.write(ByteBuffer(bytes: message.encoded))
            case .end(let streamError):
                try await writer.write(ByteBuffer(bytes: Self.complete(errorCode: streamError?.errorType, details: streamError?.errorMessage)))
            case .failed(let failure):
                try await writer.write(ByteBuffer(bytes: Self.complete(errorCode: failure.errorType, details: failure.errorMessage)))
            }
            event = await channel.next()
        }
        try await writer.finish(nil)
    }

    private static func complete(errorCode: String?, details: String?) -> [UInt8] {
        var fields: [String: String] = [:]
        if let errorCode {
            fields["ErrorCode"] = errorCode
            fields["ErrorDetails"] = details ?? ""
        }
        let payload = (try? JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])).map(Array.init) ?? Array("{}".utf8)
        return EventStreamMessage.event("InvokeComplete", contentType: "application/json", payload: payload).encoded
    }
}
