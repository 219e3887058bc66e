import Foundation
import Hummingbird
import Logging

/// `POST /2015-03-31/functions/{name}/invocations`: the Lambda Invoke API, so the AWS CLI and SDKs
/// can call functions directly. `RequestResponse` waits for the result, `Event` queues it (202),
/// `DryRun` only checks the function exists (204).
struct InvokeAPI: Sendable {
    let supervisor: Supervisor
    let region: String
    let accountId: String
    let logger: Logger

    static let pathPrefix = "/2015-03-31/functions/"
    static let syncLimit = 6 * 1024 * 1024
    static let asyncLimit = 1024 * 1024
    /// Lambda retries a failed asynchronous invocation twice, about one and two minutes later; locally
    /// the waits are seconds, so a retry is seen while developing.
    static let asyncRetries = 2
    static let asyncRetryDelay: Duration = .seconds(1)

    /// The function name in the path, when the path is an Invoke API path. Accepts a name, a
    /// `name:qualifier` or a full ARN, as Lambda does.
    static func functionName(inPath path: String) -> String? {
        guard path.hasPrefix(pathPrefix), path.hasSuffix("/invocations") else { return nil }
        let raw = String(path.dropFirst(pathPrefix.count).dropLast("/invocations".count))
        let decoded = raw.removingPercentEncoding ?? raw
        guard !decoded.isEmpty, !decoded.contains("/") else { return nil }
        if decoded.hasPrefix("arn:") {
            let parts = decoded.split(separator: ":", omittingEmptySubsequences: false)
            return parts.count >= 7 ? String(parts[6]) : nil
        }
        return decoded.split(separator: ":").first.map(String.init)
    }

    func respond(to request: Request, functionName name: String) async -> Response {
        do {
            return try await invoke(request, name: name)
        } catch let error as InvokeAPIError {
            return error.response
        } catch {
            return InvokeAPIError(status: .internalServerError, code: "ServiceException", message: "\(error)").response
        }
    }

    private func invoke(_ request: Request, name: String) async throws -> Response {
        let arn = "arn:aws:lambda:\(region):\(accountId):function:\(name)"
        guard request.method == .post else {
            throw InvokeAPIError(status: .methodNotAllowed, code: "InvalidRequestException", message: "Invoke takes POST")
        }
        guard let pool = supervisor.pool(named: name) else { throw InvokeAPIError.notFound(arn) }
        let type = request.headers[.init("X-Amz-Invocation-Type")!] ?? "RequestResponse"
        guard ["RequestResponse", "Event", "DryRun"].contains(type) else {
            throw InvokeAPIError.invalidParameter("1 validation error detected: Value '\(type)' at 'invocationType' failed to satisfy constraint: Member must satisfy enum value set: [Event, RequestResponse, DryRun]")
        }
        let limit = type == "Event" ? Self.asyncLimit : Self.syncLimit
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
        let invocation = Invocation(payload: payload, traceID: request.headers[.init("X-Amzn-Trace-Id")!], clientContext: clientContext)
        var headers = HTTPFields()
        headers[.init("x-amzn-RequestId")!] = invocation.requestID
        switch type {
        case "DryRun":
            return Response(status: .noContent, headers: headers)
        case "Event":
            let logger = logger
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
            return Response(status: .accepted, headers: headers)
        default:
            break
        }
        headers[.init("X-Amz-Executed-Version")!] = "$LATEST"
        switch await pool.invoke(invocation).collect() {
        case .success(let contentType, let body, let streamError):
            headers[.contentType] = contentType ?? "application/json"
            if let streamError {
                headers[.init("X-Amz-Function-Error")!] = streamError.errorType
            }
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body)))
        case .failure(let failure):
            if failure.kind == .unavailable, failure.errorType == "ServiceException" { throw InvokeAPIError.shuttingDown }
            headers[.contentType] = "application/json"
            headers[.init("X-Amz-Function-Error")!] = "Unhandled"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: failure.body)))
        }
    }
}
