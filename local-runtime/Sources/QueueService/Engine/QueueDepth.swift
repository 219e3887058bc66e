/// A queue's message counts at one moment, and the dead-letter queue its RedrivePolicy names.
package struct QueueDepth: Sendable, Equatable {
    package let queue: String
    package let visible: Int
    package let inFlight: Int
    package let delayed: Int
    package let deadLetterQueue: String?

    package var total: Int { visible + inFlight + delayed }
}
