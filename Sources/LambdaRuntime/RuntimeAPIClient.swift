import LambdaWire

/// Speaks the Runtime API over one kept-alive connection: fetch the next event, post its outcome.
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

    /// Blocks (off the cooperative pool) until Lambda hands out an event; never times out, because the
    /// sandbox may be frozen between invocations.
    func next() async throws(RuntimeError) -> Invocation {
        let response = try await send(HTTPRequest(method: "GET", url: baseURL + RuntimeAPIPath.next))
        guard (200..<300).contains(response.status) else {
            throw .unexpectedStatus(path: RuntimeAPIPath.next, status: response.status)
        }
        return try Invocation(response: response)
    }

    /// Posts a whole response with a content length. Returns false when Lambda rejected it as stale (410).
    func respond(to invocation: Invocation, body: [UInt8], contentType: String) async throws(RuntimeError) -> Bool {
        let path = RuntimeAPIPath.response(requestID: invocation.requestID)
        var request = HTTPRequest(method: "POST", url: baseURL + path, body: .bytes(body))
        request.headers = echoHeaders(invocation) + [("Content-Type", contentType)]
        return try await accepted(send(request), path: path)
    }

    func reportError(for invocation: Invocation, _ payload: RuntimeErrorPayload, headerErrorType: String) async throws(RuntimeError) -> Bool {
        let path = RuntimeAPIPath.error(requestID: invocation.requestID)
        return try await postError(path: path, payload, headerErrorType: headerErrorType, extraHeaders: echoHeaders(invocation))
    }

    func reportInitError(_ payload: RuntimeErrorPayload, headerErrorType: String) async throws(RuntimeError) {
        _ = try await postError(path: RuntimeAPIPath.initError, payload, headerErrorType: headerErrorType, extraHeaders: [])
    }

    /// Opens a streamed `/response`: the returned task completes when `pipe` is finished and Lambda answered.
    func openStream(for invocation: Invocation, contentType: String, pipe: ChunkPipe) -> Task<Bool, any Error> {
        let path = RuntimeAPIPath.response(requestID: invocation.requestID)
        var request = HTTPRequest(method: "POST", url: baseURL + path, body: .stream(pipe))
        request.closeConnection = true
        request.headers = echoHeaders(invocation) + [
            (RuntimeAPIHeader.functionResponseMode, RuntimeAPIHeader.streamingResponseMode),
            ("Content-Type", contentType),
            ("Trailer", "\(RuntimeAPIHeader.functionErrorType), \(RuntimeAPIHeader.functionErrorBody)"),
        ]
        return Task {
            try await accepted(send(request), path: path)
        }
    }

    private func postError(
        path: String,
        _ payload: RuntimeErrorPayload,
        headerErrorType: String,
        extraHeaders: [(name: String, value: String)]
    ) async throws(RuntimeError) -> Bool {
        let body: [UInt8]
        do {
            body = try payload.jsonBytes()
        } catch {
            throw .transport("cannot encode error payload: \(error)")
        }
        var request = HTTPRequest(method: "POST", url: baseURL + path, body: .bytes(body))
        request.headers = extraHeaders + [
            ("Content-Type", RuntimeErrorPayload.contentType),
            (RuntimeAPIHeader.functionErrorType, headerErrorType),
        ]
        return try await accepted(send(request), path: path)
    }

    private func echoHeaders(_ invocation: Invocation) -> [(name: String, value: String)] {
        invocation.invocationID.map { [(RuntimeAPIHeader.invocationID, $0)] } ?? []
    }

    /// 2xx is accepted; 410 means Lambda already gave up on this invocation, which is not fatal.
    private func accepted(_ response: HTTPResponse, path: String) throws(RuntimeError) -> Bool {
        if (200..<300).contains(response.status) { return true }
        if response.status == 410 { return false }
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
