/// A transport failure: the peer was unreachable, the connection broke, or the transfer timed out.
/// No HTTP response was received, so callers may retry.
package struct TransportError: Error, CustomStringConvertible, Sendable {
    package enum Kind: Sendable, Equatable {
        /// Nothing accepted the connection (refused, unknown host, no route): usually a wrong endpoint.
        case cannotConnect
        case timedOut
        /// The connection broke or the transfer failed in another way.
        case failed
    }

    package var kind: Kind
    package var message: String

    package init(kind: Kind = .failed, message: String) {
        self.kind = kind
        self.message = message
    }

    package var description: String { "HTTP transport: \(message)" }
}
