import TaskStore

/// What Redis knows about dead-lettered messages and their tasks. Redis is optional for the queue
/// commands: when it cannot be reached, a note says so once and the columns stay empty.
final class TaskDetails {
    private let store: RedisTaskStore?
    private var unavailable = false
    private var attemptsByTask: [String: [StageAttempts]] = [:]

    init() {
        do {
            store = try taskStore()
        } catch {
            OpsOutput.note("note: no failure reasons: \(error)")
            store = nil
        }
    }

    func reason(messageID: String) async -> String? {
        await read { try await $0.messageFailure(messageID: messageID) } ?? nil
    }

    /// The stage's attempts at a task and version (read once per task).
    func attempts(taskID: String, stage: PipelineStage, version: Int?) async -> StageAttempts? {
        if attemptsByTask[taskID] == nil {
            attemptsByTask[taskID] = await read { try await $0.attempts(taskID: taskID) } ?? []
        }
        return attemptsByTask[taskID]?.first { $0.stage == stage && $0.version == version }
    }

    func task(id: String) async -> (TaskRecord, [VersionRecord])? {
        await read { store -> (TaskRecord, [VersionRecord])? in
            guard let task = try await store.task(id: id) else { return nil }
            var versions: [VersionRecord] = []
            for number in 1...max(1, task.versionCount) {
                if let version = try await store.version(taskID: id, version: number) { versions.append(version) }
            }
            return (task, versions)
        } ?? nil
    }

    private func read<Value>(_ body: (RedisTaskStore) async throws -> Value) async -> Value? {
        guard let store, !unavailable else { return nil }
        do {
            return try await body(store)
        } catch {
            unavailable = true
            OpsOutput.note("note: Redis cannot be read (\(error)); reasons and task state are left out. Set REDIS_URL.")
            return nil
        }
    }
}
