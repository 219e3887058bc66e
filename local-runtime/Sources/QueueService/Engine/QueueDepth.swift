/// A queue's message counts at one moment, and the dead-letter queue its RedrivePolicy names.
public struct QueueDepth: Sendable, Equatable {
    public let queue: String
    public let visible: Int
    public let inFlight: Int
    public let delayed: Int
    public let deadLetterQueue: String?

    public var total: Int { visible + inFlight + delayed }
}
