import Foundation
import TimeUnits

/// The time the in-memory store keeps: what expires keys, numbers event ids and ends waits. Injected so
/// that tests decide when time passes instead of waiting for it.
package protocol StoreClock: Sendable {
    /// Milliseconds since the epoch, as Redis's own clock reads them.
    var nowMilliseconds: Int64 { get }
    /// Returns once `nowMilliseconds` has reached `deadline`; throws `CancellationError` when the
    /// calling task is cancelled first.
    func sleep(untilMilliseconds deadline: Int64) async throws
}

/// The wall clock, for a store that stands in for Redis in real time.
package struct SystemStoreClock: StoreClock {
    package init() {}

    package var nowMilliseconds: Int64 { Date().millisecondsSince1970 }

    package func sleep(untilMilliseconds deadline: Int64) async throws {
        let remaining = deadline - nowMilliseconds
        if remaining > 0 { try await Task.sleep(for: .milliseconds(remaining)) }
    }
}
