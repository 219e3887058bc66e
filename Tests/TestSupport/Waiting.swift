import Foundation

/// How long a test waits for something that happens at once on any machine before it gives up: a
/// safety net that turns a hang into a failure, never a budget the behaviour is held to. Tests wait for
/// events (a stream element, a server's state), not for time to pass.
package let safetyTimeout: Duration = .seconds(60)

/// What a test was waiting for when the safety timeout ran out.
package struct WaitTimedOut: Error, CustomStringConvertible {
    package let awaited: String
    package let timeout: Duration

    package var description: String { "gave up after \(timeout) waiting for \(awaited)" }
}

/// Returns once `condition` holds, checking it every few milliseconds; throws `WaitTimedOut` naming
/// `awaited` if it still does not after `timeout`.
package func waitUntil(
    _ awaited: @autoclosure () -> String, timeout: Duration = safetyTimeout, _ condition: () async throws -> Bool
) async throws {
    let giveUp = ContinuousClock.now + timeout
    while try await !condition() {
        guard ContinuousClock.now < giveUp else { throw WaitTimedOut(awaited: awaited(), timeout: timeout) }
        try await Task.sleep(for: .milliseconds(5))
    }
}
