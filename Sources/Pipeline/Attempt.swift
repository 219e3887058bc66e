import Foundation
import TaskStore

/// Records one attempt's start, end, duration and outcome; a store that cannot be reached only costs
/// the record, never the work.
struct Attempt {
    let store: any TaskStoring
    let taskID: String
    let stage: PipelineStage
    let version: Int?
    let start = ContinuousClock.now

    static func now() -> Int64 { Int64((Date().timeIntervalSince1970 * 1000).rounded()) }

    func started() async {
        try? await store.recordAttemptStarted(taskID: taskID, stage: stage, version: version, atMilliseconds: Self.now())
    }

    func finished(_ outcome: AttemptOutcome) async {
        let elapsed = ContinuousClock.now - start
        let milliseconds = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
        try? await store.recordAttemptFinished(
            taskID: taskID, stage: stage, version: version, atMilliseconds: Self.now(), durationMilliseconds: milliseconds,
            outcome: outcome)
    }
}
