/// What the transport sends: a method, an absolute URL, header fields and a body.
struct HTTPRequest: Sendable {
    enum Body: Sendable {
        case none
        case bytes([UInt8])
        /// A chunked upload fed while the request is in flight, ending with optional trailers.
        case stream(ChunkPipe)
    }

    var method: String
    var url: String
    var headers: [(name: String, value: String)] = []
    var body: Body = .none
    /// Closes the connection afterwards, which Lambda asks for after a streamed response.
    var closeConnection = false
}
