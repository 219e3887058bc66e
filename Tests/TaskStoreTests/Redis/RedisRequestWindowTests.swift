import Foundation
import TestSupport
import Testing

@testable import TaskStore

/// The Redis store counts requests on Redis's keys but reads the time itself: the window it weighs is
/// the wall clock's.
@Suite("Request windows on the wall clock")
struct RedisRequestWindowTests {
    @Test("the previous window's requests count for the part of the window not yet past")
    func slidingWindow() async throws {
        let redis = try RedisServer(cluster: true)
        let store = try makeStore(redis)
        let window: Int64 = 3_600_000
        let client = try RedisClient(url: RedisURL(parsing: redis.url))
        func now() -> Int64 { Int64(Date().timeIntervalSince1970 * 1000) }
        // An hour that turns mid-test moves the windows under it: then the test runs again, in the new hour
        // and for another teacher.
        for teacher in ["c", "d"] {
            let current = now() / window
            _ = try await client.send(["SET", "teacher:{\(teacher)}:requests:\(current - 1)", "10", "PX", "60000"])
            let count = try await store.countRequest(teacher: teacher, window: .milliseconds(window))
            let after = now()
            guard after / window == current else { continue }
            // One now, plus the ten of the hour before weighted by what is left of this hour.
            let elapsed = Double(after % window) / Double(window)
            #expect(count >= 1 + Int((10 * (1 - elapsed)).rounded(.down)))
            #expect(count <= 11)
            return
        }
        Issue.record("the hour turned during both runs")
    }
}
