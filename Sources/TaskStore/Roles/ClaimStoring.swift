/// Claims and done markers: what makes each unit of stage work happen once however often SQS delivers
/// its message.
package protocol ClaimStoring: Sendable {
    /// Extends the lease if `token` still holds it.
    func renewClaim(_ key: ClaimKey, token: String, lease: Duration) async throws -> Bool
    /// Gives the claim up if `token` still holds it.
    func releaseClaim(_ key: ClaimKey, token: String) async throws -> Bool
    /// Claims `key` for `token` (`SET key token NX PX lease`, after checking the done marker; claiming
    /// again with the same token extends the lease). When the claim is taken, in the same round trip,
    /// the attempt starting at `startedAtMilliseconds` is counted, and a version marked failed whose
    /// stage runs again (an operator redrove its message) goes back to running with its task, without
    /// the old failure reason.
    func claimAttempt(_ key: ClaimKey, token: String, lease: Duration, startedAtMilliseconds: Int64) async throws -> ClaimedAttempt
    /// Records the work as done and drops `token`'s claim, so later claims answer `.alreadyDone`; in
    /// the same round trip, notes the attempt's end.
    func markDone(_ key: ClaimKey, token: String, finishedAtMilliseconds: Int64, durationMilliseconds: Int64) async throws
    func isDone(_ key: ClaimKey) async throws -> Bool
}
