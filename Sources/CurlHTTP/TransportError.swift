/// A transport failure: the peer was unreachable, the connection broke, or the transfer timed out.
/// No HTTP response was received, so callers may retry.
public struct TransportError: Error, CustomStringConvertible, Sendable {
    public enum Kind: Sendable, Equatable {
        /// Nothing accepted the connection (refused, unknown host, no route): usually a wrong endpoint.
        case cannotConnect
        case timedOut
        /// The connection broke or the transfer failed in another way.
        case failed
    }

    public var kind: Kind
    public var message: String

    public init(kind: Kind = .failed, message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { "HTTP transport: \(message)" }
}
