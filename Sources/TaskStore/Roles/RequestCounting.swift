/// What the API's per-teacher request limits read.
package protocol RequestCounting: Sendable {
    /// Counts one request and returns how many the teacher made in the last `window`, estimated from
    /// fixed windows as a sliding one (this window's count plus the previous one's share of the time
    /// not yet past), so a burst across a window boundary is counted whole.
    func countRequest(teacher: String, window: Duration) async throws -> Int
    /// The ids of the teacher's newest tasks, newest first, at most `limit`.
    func recentTasks(teacher: String, limit: Int) async throws -> [String]
}
