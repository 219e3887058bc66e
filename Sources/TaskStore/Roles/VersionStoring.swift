/// The drafts of a task, one version hash each, and which of them reached a final state.
package protocol VersionStoring: Sendable {
    func updateVersion(taskID: String, version: Int, _ update: VersionUpdate) async throws
    /// Writes a version's first state only if it has none yet, atomically: a later stage that already
    /// moved the version on is never set back.
    func initializeVersion(taskID: String, version: Int, _ update: VersionUpdate) async throws
    func version(taskID: String, version: Int) async throws -> VersionRecord?
    /// Versions 1 through `count`, read together (one round trip where the store can); not atomic.
    func versions(taskID: String, count: Int) async throws -> [VersionRecord?]
    /// Notes that a version reached a final state; returns how many distinct versions have. Repeats count once.
    func settleVersion(taskID: String, version: Int) async throws -> Int
}

extension VersionStoring {
    package func versions(taskID: String, count: Int) async throws -> [VersionRecord?] {
        var records: [VersionRecord?] = []
        for number in stride(from: 1, through: count, by: 1) {
            records.append(try await version(taskID: taskID, version: number))
        }
        return records
    }
}
