/// The Redis key layout. Everything about a task lives under `task:{<id>}`; per-version keys under
/// `task:{<id>}:v<n>`; a batch's under `batch:{<id>}`; dead-letter reasons under `msg:<messageId>`; per-teacher
/// bookkeeping under `teacher:{<name>}`; fault switches under `fault:<stage>`. Teacher names are hashed by the
/// API before they reach a key.
///
/// The braces are Redis Cluster hash tags: a task's keys, a batch's keys and a teacher's keys each hash
/// to one slot, and every script touches only the keys of one task, one batch or one teacher (all passed
/// in `KEYS`), so the scripts run unchanged on a cluster. Nothing reads another entity's keys inside a
/// script: what crosses entities (admission reading task statuses, the relay of a task's event to its
/// batch's stream) is read or written by the store in Swift around the script.
enum TaskKeys {
    static func task(_ id: String) -> String { "task:{\(id)}" }
    static func version(_ id: String, _ number: Int) -> String { task(id) + ":v\(number)" }
    static func events(_ id: String) -> String { task(id) + ":events" }
    /// The set of version numbers that reached a final state (done or failed).
    static func settledVersions(_ id: String) -> String { task(id) + ":settled" }
    /// Model calls and tokens, per stage and model.
    static func usage(_ id: String) -> String { task(id) + ":usage" }
    /// Attempts and timings per stage (and version).
    static func attempts(_ id: String) -> String { task(id) + ":attempts" }
    /// The version the teacher picked, edited or not (`TaskChoice`).
    static func choice(_ id: String) -> String { task(id) + ":choice" }
    /// Set when the teacher deletes the task and kept for the retention: every write of a stage checks
    /// it atomically, so a message still in flight cannot bring the task's data back. Holds no text.
    static func tombstone(_ id: String) -> String { task(id) + ":deleted" }
    /// A stage's fault switch.
    static func fault(_ stage: PipelineStage) -> String { "fault:\(stage.rawValue)" }
    static func messageReason(_ messageID: String) -> String { "msg:\(messageID):reason" }
    /// A teacher's tasks, scored by creation time (for the tasks-in-flight limit).
    static func teacherTasks(_ teacher: String) -> String { "teacher:{\(teacher)}:tasks" }
    /// A teacher's batches, scored by creation time (for the in-flight limit and the history).
    static func teacherBatches(_ teacher: String) -> String { "teacher:{\(teacher)}:batches" }
    /// A batch's settings and roster.
    static func batch(_ id: String) -> String { "batch:{\(id)}" }
    /// A batch's task ids in roster order.
    static func batchTasks(_ id: String) -> String { batch(id) + ":tasks" }
    /// A batch's event stream: every event of its students' tasks (each entry naming its task), then
    /// the batch's own `batch_completed`. The store relays a task's event here after appending it to the
    /// task's own stream (`RedisScripts.relayToBatch`).
    static func batchEvents(_ id: String) -> String { batch(id) + ":events" }
    /// Marks that the batch's event with `once` key was appended.
    static func batchEventMarker(_ id: String, once: String) -> String { batch(id) + ":event:\(once)" }
    /// Marks that the task's event with `once` key was relayed to the batch's stream.
    static func batchRelayMarker(_ id: String, taskID: String, once: String) -> String { batch(id) + ":relayed:\(taskID):\(once)" }
    /// A teacher's tasks handed to the stages and not yet settled (at most `MaxTasksInStages`), scored
    /// by when each was handed over.
    static func teacherStaged(_ teacher: String) -> String { "teacher:{\(teacher)}:staged" }
    /// A teacher's tasks accepted but held back from the stages, oldest first.
    static func teacherHeld(_ teacher: String) -> String { "teacher:{\(teacher)}:held" }
    /// A teacher's open event streams: leases scored by when they expire.
    static func teacherStreams(_ teacher: String) -> String { "teacher:{\(teacher)}:streams" }
    /// Every open event stream, as the same leases: what bounds streams across teachers.
    static let streams = "streams"
    /// A teacher's request count in one rate window.
    static func teacherRequests(_ teacher: String, window: Int64) -> String { "teacher:{\(teacher)}:requests:\(window)" }

    /// Marks that the event with `once` key was appended to the task's stream.
    static func eventMarker(_ id: String, once: String) -> String { task(id) + ":event:\(once)" }

    /// The `once` keys the pipeline uses: per version and stage (or failure), and the task's completion.
    static func eventOnceKeys(versionCount: Int) -> [String] {
        var keys = (0...max(versionCount, 1)).map { TaskEvent.completedOnceKey(completedVersions: $0) }
        for number in 1...max(versionCount, 1) {
            keys += PipelineStage.allCases.map { "v\(number):\($0.rawValue)" } + ["v\(number):failed"]
        }
        return keys
    }

    /// Every key a task can have: what deleting a task removes.
    static func all(_ id: String, versionCount: Int) -> [String] {
        var keys = [task(id), events(id), settledVersions(id), usage(id), attempts(id), choice(id), task(id) + ":draft", task(id) + ":draft:done"]
        for number in 1...max(versionCount, 1) {
            keys.append(version(id, number))
            for stage in PipelineStage.allCases {
                keys += [version(id, number) + ":\(stage.rawValue)", version(id, number) + ":\(stage.rawValue):done"]
            }
        }
        keys += eventOnceKeys(versionCount: versionCount).map { eventMarker(id, once: $0) }
        return keys
    }
}
