import NIOConcurrencyHelpers

@testable import QueueService

/// A clock the test moves by hand.
final class ManualClock: TimeSource, Sendable {
    private let now = NIOLockedValueBox<Int64>(1_700_000_000_000)

    func nowMillis() -> Int64 { now.withLockedValue { $0 } }

    func advance(seconds: Double) {
        now.withLockedValue { $0 += Int64(seconds * 1000) }
    }
}
