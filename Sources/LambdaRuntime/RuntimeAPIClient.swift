import CurlHTTP
import LambdaWire

/// How the Runtime API took a posted outcome.
enum PostOutcome: Sendable, Equatable {
    case accepted
    case rejected(status: Int)
    /// A streamed response the Runtime API ended before its body was complete (its invoker went away,
    /// or the connection broke): this invocation's outcome is lost, the runtime goes on.
    case cutShort
}

/// Speaks the Runtime API over one kept-alive connection: fetch the next event, post its outcome.
///
/// `/next` and buffered outcomes are sent by work `schedule` runs on the connection's queue, so an
/// outcome and the `/next` after it go out back to back; a streamed response and the init error are
/// sent from a task.
struct RuntimeAPIClient: Sendable {
    private let baseURL: String
    private let connection: CurlConnection

    init(runtimeAPI: String) throws(RuntimeError) {
        baseURL = "http://\(runtimeAPI)"
        do {
            connection = try CurlConnection(label: "lambda-runtime-api")
        } catch {
            throw .transport(error.message)
        }
    }

    /// Runs `work` on the connection's queue, after everything scheduled or sent before it.
    func schedule(_ work: @escaping @Sendable (Transfers) -> Void) {
        connection.schedule { work(Transfers(client: self, connection: $0)) }
    }

    /// The Runtime API calls that block the connection's queue until answered; valid inside `schedule`.
    struct Transfers {
        fileprivate let client: RuntimeAPIClient
        fileprivate let connection: CurlConnection.BlockingTransfers

        /// Blocks until Lambda hands out an event; never times out, because the sandbox may be frozen
        /// between invocations.
        func next() throws(RuntimeError) -> Invocation {
            let response = try send(HTTPRequest(method: "GET", url: client.baseURL + RuntimeAPIPath.next))
            guard (200..<300).contains(response.status) else {
                throw .unexpectedStatus(path: RuntimeAPIPath.next, status: response.status)
            }
            return try Invocation(response: response)
        }

        /// Posts a whole response with a content length.
        func respond(to invocation: Invocation, body: [UInt8], contentType: String) throws(RuntimeError) -> PostOutcome {
            let path = RuntimeAPIPath.response(requestID: invocation.requestID)
            var request = HTTPRequest(method: "POST", url: client.baseURL + path, body: .bytes(body))
            request.headers = client.echoHeaders(invocation) + [("Content-Type", contentType)]
            return try client.accepted(send(request), path: path)
        }

        func reportError(for invocation: Invocation, _ payload: RuntimeErrorPayload, headerErrorType: String) throws(RuntimeError) -> PostOutcome {
            let path = RuntimeAPIPath.error(requestID: invocation.requestID)
            let request = try client.errorRequest(
                path: path, payload, headerErrorType: headerErrorType, extraHeaders: client.echoHeaders(invocation))
            return try client.accepted(send(request), path: path)
        }

        private func send(_ request: HTTPRequest) throws(RuntimeError) -> HTTPResponse {
            do {
                return try connection.perform(request).get()
            } catch {
                throw .transport(error.description)
            }
        }
    }

    func reportInitError(_ payload: RuntimeErrorPayload, headerErrorType: String) async throws(RuntimeError) {
        // The process exits next whatever the answer, so a rejection changes nothing.
        let request = try errorRequest(path: RuntimeAPIPath.initError, payload, headerErrorType: headerErrorType, extraHeaders: [])
        _ = try accepted(await send(request), path: RuntimeAPIPath.initError)
    }

    /// Opens a streamed `/response`: the returned task completes when `pipe` is finished and Lambda
    /// answered, or when the stream was cut short (the pipe is then abandoned).
    func openStream(for invocation: Invocation, contentType: String, pipe: ChunkPipe) -> Task<Result<PostOutcome, RuntimeError>, Never> {
        let path = RuntimeAPIPath.response(requestID: invocation.requestID)
        var request = HTTPRequest(method: "POST", url: baseURL + path, body: .stream(pipe))
        request.closeConnection = true
        request.headers = echoHeaders(invocation) + [
            (RuntimeAPIHeader.functionResponseMode, RuntimeAPIHeader.streamingResponseMode),
            ("Content-Type", contentType),
            ("Trailer", "\(RuntimeAPIHeader.functionErrorType), \(RuntimeAPIHeader.functionErrorBody)"),
        ]
        return Task {
            do throws(RuntimeError) {
                return .success(try await accepted(send(request), path: path))
            } catch {
                // Whatever ended a stream early concerns this invocation only; a Runtime API that is
                // really gone fails the next `/next`, which stops the runtime.
                return pipe.isAbandoned ? .success(.cutShort) : .failure(error)
            }
        }
    }

    private func errorRequest(
        path: String,
        _ payload: RuntimeErrorPayload,
        headerErrorType: String,
        extraHeaders: [(name: String, value: String)]
    ) throws(RuntimeError) -> HTTPRequest {
        let body: [UInt8]
        do {
            body = try payload.jsonBytes()
        } catch {
            throw .encoding("error payload: \(error)")
        }
        var request = HTTPRequest(method: "POST", url: baseURL + path, body: .bytes(body))
        request.headers = extraHeaders + [
            ("Content-Type", RuntimeErrorPayload.contentType),
            (RuntimeAPIHeader.functionErrorType, headerErrorType),
        ]
        return request
    }

    private func echoHeaders(_ invocation: Invocation) -> [(name: String, value: String)] {
        invocation.invocationID.map { [(RuntimeAPIHeader.invocationID, $0)] } ?? []
    }

    /// 2xx is accepted. A 4xx concerns this invocation only (410: it already timed out, 413: too large),
    /// so the runtime goes on; anything else means the Runtime API itself is broken.
    private func accepted(_ response: HTTPResponse, path: String) throws(RuntimeError) -> PostOutcome {
        if (200..<300).contains(response.status) { return .accepted }
        if (400..<500).contains(response.status) { return .rejected(status: response.status) }
        throw .unexpectedStatus(path: path, status: response.status)
    }

    private func send(_ request: HTTPRequest) async throws(RuntimeError) -> HTTPResponse {
        do {
            return try await connection.perform(request)
        } catch {
            throw .transport(error.description)
        }
    }
}
