/// What asking for an event stream lease came to.
package enum StreamAdmission: Sendable, Equatable {
    case acquired
    /// The teacher's own streams, or all streams together, are at their limit; the first of those
    /// leases expires within `retryAfter`.
    case refused(StreamLimit, retryAfter: Duration)
}

/// Which limit refused a stream.
package enum StreamLimit: String, Sendable, Equatable {
    /// The teacher's own concurrent streams.
    case teacher
    /// Streams of all teachers together.
    case total
}
