import Foundation
import TaskStore

/// Records one attempt's start, end, duration and outcome; a store that cannot be reached only costs
/// the record, never the work.
/// The start is written while the work runs, off its critical path; the end waits for it, so the two
/// reach the store in order.
struct Attempt {
    let store: any TaskStoring
    let taskID: String
    let stage: PipelineStage
    let version: Int?
    let start = ContinuousClock.now
    private let startWritten: Task<Void, Never>

    init(store: any TaskStoring, taskID: String, stage: PipelineStage, version: Int?) {
        self.store = store
        self.taskID = taskID
        self.stage = stage
        self.version = version
        let startedAt = Self.now()
        startWritten = Task {
            try? await store.recordAttemptStarted(taskID: taskID, stage: stage, version: version, atMilliseconds: startedAt)
        }
    }

    static func now() -> Int64 { Int64((Date().timeIntervalSince1970 * 1000).rounded()) }

    func finished(_ outcome: AttemptOutcome) async {
        await startWritten.value
        let elapsed = ContinuousClock.now - start
        let milliseconds = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
        try? await store.recordAttemptFinished(
            taskID: taskID, stage: stage, version: version, atMilliseconds: Self.now(), durationMilliseconds: milliseconds,
            outcome: outcome)
    }
}
