/// A transport failure: the peer was unreachable, the connection broke, or the transfer timed out.
struct TransportError: Error, CustomStringConvertible {
    var message: String
    var description: String { "HTTP transport: \(message)" }
}
