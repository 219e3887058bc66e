import Foundation

/// Where the engine reads the current time, so tests can drive visibility and delay deterministically.
package protocol TimeSource: Sendable {
    /// Milliseconds since the Unix epoch.
    func nowMillis() -> Int64
}

/// The wall clock.
package struct SystemTimeSource: TimeSource {
    package init() {}
    package func nowMillis() -> Int64 { Int64(Date().timeIntervalSince1970 * 1000) }
}
