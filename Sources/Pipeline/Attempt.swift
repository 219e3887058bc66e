import Foundation
import TaskStore

/// One attempt at a unit of stage work: its start is counted with the claim (`claimAttempt`); its end,
/// duration and outcome when it ends, with the done marker when it succeeds. A store that cannot be
/// reached only costs the record, never the work.
struct Attempt {
    let store: any ClaimStoring & AttemptStoring
    let key: ClaimKey
    let startedAtMilliseconds = Attempt.now()
    let start = ContinuousClock.now

    static func now() -> Int64 { Int64((Date().timeIntervalSince1970 * 1000).rounded()) }

    private var elapsedMilliseconds: Int64 {
        let elapsed = ContinuousClock.now - start
        return elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
    }

    /// The unit is finished with (done, or settled as failed for good): the done marker and the
    /// attempt's end in one round trip.
    func done(token: String) async throws {
        try await store.markDone(key, token: token, finishedAtMilliseconds: Self.now(), durationMilliseconds: elapsedMilliseconds)
    }

    func finished(_ outcome: AttemptOutcome) async {
        try? await store.recordAttemptFinished(
            taskID: key.taskID, stage: key.stage, version: key.version, atMilliseconds: Self.now(),
            durationMilliseconds: elapsedMilliseconds, outcome: outcome)
    }
}
