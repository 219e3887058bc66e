/// What the transport sends: a method, an absolute URL, header fields and a body.
package struct HTTPRequest: Sendable {
    package enum Body: Sendable {
        case none
        case bytes([UInt8])
        /// A chunked upload fed while the request is in flight, ending with optional trailers.
        case stream(ChunkPipe)
    }

    package var method: String
    package var url: String
    package var headers: [(name: String, value: String)]
    package var body: Body
    /// When set, a 2xx response's body is written here piece by piece as it arrives, not kept in
    /// `HTTPResponse.body`, and the pipe is finished when the transfer completes (abandoned when it fails).
    /// Abandoning it stops the transfer, which then fails. Other statuses keep their body in the response.
    package var responseBody: ChunkPipe?
    /// Closes the connection afterwards, which Lambda asks for after a streamed response.
    package var closeConnection = false
    /// Limit for the whole transfer; nil waits as long as the peer takes (the Runtime API's `/next`
    /// must, because the sandbox may be frozen between invocations).
    package var timeout: Duration?
    /// Limit for establishing the connection (TCP and TLS); nil keeps libcurl's default.
    package var connectTimeout: Duration?

    package init(
        method: String,
        url: String,
        headers: [(name: String, value: String)] = [],
        body: Body = .none,
        timeout: Duration? = nil,
        connectTimeout: Duration? = nil
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
        self.connectTimeout = connectTimeout
    }
}
