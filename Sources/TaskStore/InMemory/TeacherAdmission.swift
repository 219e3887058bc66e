/// One teacher's admission bookkeeping as the Redis admission scripts keep it (`RedisScripts+Admission`):
/// which of their tasks and batches are still live, what counts against the in-flight limit, and
/// which held tasks move into the stages.
struct TeacherAdmission {
    let teacher: String
    /// Tasks whose status is final, and tasks whose data is gone.
    private var settled: Set<String> = []
    private var gone: Set<String> = []
    /// Batches with no task queued or running, and batches whose data (or every task) is gone.
    private var batchSettled: Set<String> = []
    private var batchGone: Set<String> = []

    /// Reads the statuses the scripts are given (`RedisTaskStore.liveness`): the teacher's staged and
    /// held tasks, and, when `counting`, their newest 100 tasks and the tasks of their newest 100 batches.
    init(teacher: String, keys: MemoryKeyspace, counting: Bool) {
        self.teacher = teacher
        var candidates = keys.ascending(TaskKeys.teacherStaged(teacher)).map(\.member) + keys.ascending(TaskKeys.teacherHeld(teacher)).map(\.member)
        var batches: [(id: String, tasks: [String])] = []
        if counting {
            candidates += keys.descending(TaskKeys.teacherTasks(teacher)).prefix(100).map(\.member)
            batches = keys.descending(TaskKeys.teacherBatches(teacher)).prefix(100).map { ($0.member, keys.batch($0.member)?.taskIDs ?? []) }
            candidates += batches.flatMap(\.tasks)
        }
        var live: Set<String> = []
        for id in candidates {
            switch keys.task(id)?.status {
            case nil: gone.insert(id)
            case .queued?, .running?: live.insert(id)
            case .completed?, .failed?: settled.insert(id)
            }
        }
        for batch in batches {
            if batch.tasks.isEmpty {
                batchGone.insert(batch.id)
            } else if !batch.tasks.contains(where: live.contains) {
                batchSettled.insert(batch.id)
            }
        }
    }

    private func isLive(_ id: String) -> Bool { !(settled.contains(id) || gone.contains(id)) }

    /// The teacher's queued and running tasks among their newest 100, and their batches among the
    /// newest 100 with a task still queued or running (a batch counts once); ids whose data is gone
    /// are forgotten.
    func inFlight(in keys: inout MemoryKeyspace) -> Int {
        var count = 0
        let tasks = TaskKeys.teacherTasks(teacher)
        for (id, _) in keys.descending(tasks).prefix(100) {
            if gone.contains(id) {
                keys.removeScore(tasks, member: id)
            } else if isLive(id) {
                count += 1
            }
        }
        let batches = TaskKeys.teacherBatches(teacher)
        for (batch, _) in keys.descending(batches).prefix(100) {
            if batchGone.contains(batch) {
                keys.removeScore(batches, member: batch)
            } else if !batchSettled.contains(batch) {
                count += 1
            }
        }
        return count
    }

    /// Forgets staged tasks that are no longer live, then moves the oldest held tasks that still wait
    /// into the free places; returns their ids.
    func releaseHeld(in keys: inout MemoryKeyspace, stageLimit: Int, now: Double, retention: Int64) -> [String] {
        let staged = TaskKeys.teacherStaged(teacher)
        let held = TaskKeys.teacherHeld(teacher)
        for (id, _) in keys.ascending(staged) where !isLive(id) { keys.removeScore(staged, member: id) }
        var released: [String] = []
        while keys.scores(staged).count < stageLimit, let oldest = keys.ascending(held).first {
            keys.removeScore(held, member: oldest.member)
            if isLive(oldest.member) {
                keys.addScore(staged, member: oldest.member, score: now)
                released.append(oldest.member)
            }
        }
        keys.expire(staged, afterMilliseconds: retention)
        keys.expire(held, afterMilliseconds: retention)
        return released
    }
}
