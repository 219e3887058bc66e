import NIOCore

/// How long every local-runtime listener waits for a connection's request header, and keeps a
/// connection that sits idle between requests, before closing it. Without it a client that opens
/// connections and sends nothing (or half a header) holds a descriptor and a task each for ever.
/// A request already read (a long poll, a streamed answer, an invocation running) is not idle.
package struct IdleTimeout: Sendable, Equatable, CustomStringConvertible {
    package let seconds: Double

    package static let standard = IdleTimeout(checked: 5)
    package static let maximumSeconds = 3600.0

    package struct Invalid: Error, CustomStringConvertible {
        package let value: String
        package var description: String {
            "--idle-timeout must be a number of seconds more than 0 and at most \(Int(IdleTimeout.maximumSeconds)), not '\(value)'"
        }
    }

    /// `text` is the option's value as given: seconds, fractions allowed.
    package init(parsing text: String) throws {
        guard let seconds = Double(text), seconds.isFinite, seconds > 0, seconds <= Self.maximumSeconds else {
            throw Invalid(value: text)
        }
        self.seconds = seconds
    }

    private init(checked seconds: Double) {
        self.seconds = seconds
    }

    package var amount: TimeAmount { .nanoseconds(Int64((seconds * 1_000_000_000).rounded())) }

    package var description: String { "\(seconds) s" }
}
