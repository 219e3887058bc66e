import Foundation
import TaskStore
import TimeUnits

/// One attempt at a unit of stage work: its start is counted with the claim (`claimAttempt`); its end,
/// duration and outcome when it ends, with the done marker when it succeeds. A store that cannot be
/// reached only costs the record, never the work.
struct Attempt {
    let store: any ClaimStoring & AttemptStoring
    let key: ClaimKey
    let startedAtMilliseconds = Attempt.now()
    let start = ContinuousClock.now

    static func now() -> Int64 { Date().millisecondsSince1970 }

    private var elapsedMilliseconds: Int64 { (ContinuousClock.now - start).wholeMilliseconds }

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
