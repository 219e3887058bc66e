/// The task store as the pipeline sees it. `RedisTaskStore` is the real one; tests of the pipeline
/// may substitute their own.
///
/// Delete wins: once a task is deleted, every write to its keys (state, versions, events, claims,
/// attempts, usage) throws `TaskDeleted` and writes nothing, checked atomically with the write.
public protocol TaskStoring: Sendable {
    // MARK: tasks
    func createTask(_ task: TaskRecord) async throws
    func task(id: String) async throws -> TaskRecord?
    func setTaskStatus(id: String, _ status: TaskStatus, failureReason: String?) async throws
    /// Removes every key of the task at once and leaves its tombstone (no text) for the retention, so
    /// no later write brings any of it back; false when there was no such task.
    func deleteTask(id: String) async throws -> Bool

    // MARK: the teacher's choice
    /// Stores (replacing any before) the version the teacher picked, to expire with the task; false
    /// when the task is gone.
    func setChoice(taskID: String, _ choice: TaskChoice) async throws -> Bool
    func choice(taskID: String) async throws -> TaskChoice?

    // MARK: claims and done markers
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

    // MARK: versions
    func updateVersion(taskID: String, version: Int, _ update: VersionUpdate) async throws
    /// Writes a version's first state only if it has none yet, atomically: a later stage that already
    /// moved the version on is never set back.
    func initializeVersion(taskID: String, version: Int, _ update: VersionUpdate) async throws
    func version(taskID: String, version: Int) async throws -> VersionRecord?
    /// Notes that a version reached a final state; returns how many distinct versions have. Repeats count once.
    func settleVersion(taskID: String, version: Int) async throws -> Int

    // MARK: events
    /// Appends to `task:<id>:events`; returns the entry id.
    func appendEvent(taskID: String, _ event: TaskEvent) async throws -> String
    /// Appends the event unless one with the same `once` key was appended for this task before
    /// (atomically): a stage repeated after a crash does not repeat its event. Returns the entry id,
    /// nil when it was already there.
    func appendEvent(taskID: String, _ event: TaskEvent, once: String) async throws -> String?
    /// Entries after `afterID` (all when nil), oldest first, at most `limit`.
    func events(taskID: String, after afterID: String?, limit: Int) async throws -> [TaskEvent]
    /// Like `events`, but waits up to `timeout` for an entry when none is there yet.
    func waitForEvents(taskID: String, after afterID: String?, limit: Int, timeout: Duration) async throws -> [TaskEvent]

    // MARK: per-teacher limits
    /// Counts one request and returns how many the teacher made in the last `window`, estimated from
    /// fixed windows as a sliding one (this window's count plus the previous one's share of the time
    /// not yet past), so a burst across a window boundary is counted whole.
    func countRequest(teacher: String, window: Duration) async throws -> Int
    /// The ids of the teacher's newest tasks, newest first, at most `limit`.
    func recentTasks(teacher: String, limit: Int) async throws -> [String]

    // MARK: admission and the stages
    /// In one step: counts the teacher's queued and running tasks and, below `inFlightLimit`, creates
    /// `task`, remembers it as theirs and queues it behind their held tasks; then gives the teacher's
    /// oldest waiting tasks the places they have in the stages (at most `stageLimit` at once).
    /// Concurrent calls never admit more than the limit.
    func admitTask(_ task: TaskRecord, teacher: String, inFlightLimit: Int, stageLimit: Int, nowMilliseconds: Int64) async throws
        -> TaskAdmission
    /// The task settled: its place in the stages goes to the teacher's oldest held tasks, whose ids
    /// are returned to be handed to the draft queue. Repeating it is harmless.
    func releaseStage(teacher: String, taskID: String, stageLimit: Int, nowMilliseconds: Int64) async throws -> [String]

    // MARK: batches and history
    /// Like `admitTask` for a whole roster, counted as one in the in-flight limit: creates the batch
    /// and every task of it, queues the tasks behind the teacher's held ones in roster order, and
    /// gives the oldest waiting tasks their places in the stages.
    func admitBatch(
        _ batch: BatchRecord, tasks: [TaskRecord], teacher: String, inFlightLimit: Int, stageLimit: Int, nowMilliseconds: Int64
    ) async throws -> TaskAdmission
    func batch(id: String) async throws -> BatchRecord?
    /// Removes the batch's own keys and its place in the teacher's list (its tasks are deleted one by
    /// one with `deleteTask`); false when there was no such batch.
    func deleteBatch(id: String, teacher: String) async throws -> Bool
    /// The teacher's tasks (those not in a batch) or batches, newest first, at most `limit`, starting
    /// after `cursor`; entries whose data is gone are dropped from the list as they are met.
    func work(_ kind: WorkKind, teacher: String, after cursor: WorkPage.Cursor?, limit: Int, nowMilliseconds: Int64) async throws
        -> WorkPage

    // MARK: event streams
    /// Takes a lease on one event stream for `lifetime` (plus a margin) when the teacher has fewer than
    /// `perTeacher` streams open and all teachers together fewer than `total`, atomically.
    func acquireStream(teacher: String, lease: String, lifetime: Duration, perTeacher: Int, total: Int, nowMilliseconds: Int64)
        async throws -> StreamAdmission
    /// Gives the lease's place back (the stream ended).
    func releaseStream(teacher: String, lease: String) async throws
    /// The id of the task's newest event, nil when it has none.
    func lastEventID(taskID: String) async throws -> String?
    /// The task's newest event, nil when it has none.
    func lastEvent(taskID: String) async throws -> TaskEvent?

    // MARK: a batch's event stream
    /// Appends the batch's own event (`batch_completed`) unless one with the same `once` key was, and
    /// only while the batch exists; the entry id, or nil. Its students' events reach the batch's stream
    /// as `appendEvent` writes them, each naming its task.
    func appendBatchEvent(batchID: String, _ event: TaskEvent, once: String) async throws -> String?
    /// The batch's entries after `afterID` (all when nil), oldest first, at most `limit`.
    func batchEvents(batchID: String, after afterID: String?, limit: Int) async throws -> [TaskEvent]
    /// Like `batchEvents`, but waits up to `timeout` for an entry when none is there yet.
    func waitForBatchEvents(batchID: String, after afterID: String?, limit: Int, timeout: Duration) async throws -> [TaskEvent]
    /// The id of the batch's newest event, nil when it has none.
    func lastBatchEventID(batchID: String) async throws -> String?
    // MARK: usage
    /// Adds a model call's tokens to the task's totals for its stage and model.
    func recordUsage(taskID: String, _ usage: ModelUsage) async throws
    /// The task's totals, one per (stage, model), in stage order.
    func usage(taskID: String) async throws -> [ModelUsage]

    // MARK: attempts and timings
    /// Notes when and how the attempt ended and how long it took (attempts start with `claimAttempt`).
    func recordAttemptFinished(
        taskID: String, stage: PipelineStage, version: Int?, atMilliseconds: Int64, durationMilliseconds: Int64,
        outcome: AttemptOutcome) async throws
    /// Every stage unit's attempts, in stage then version order.
    func attempts(taskID: String) async throws -> [StageAttempts]

    // MARK: fault switches
    /// Makes every delivery to `stage` fail with `reason` until cleared or `ttl` passes.
    func setFault(stage: PipelineStage, reason: String, ttl: Duration) async throws
    /// Turns the switch off; false when it was not on.
    func clearFault(stage: PipelineStage) async throws -> Bool
    func fault(stage: PipelineStage) async throws -> StageFault?

    // MARK: dead-letter reasons
    func recordMessageFailure(messageID: String, reason: String) async throws
    func messageFailure(messageID: String) async throws -> String?
}
