import TaskStore

/// How versions end and how a task ends with them, shared by the stages and the watchdog: a failed
/// version is marked with its reason and a `version_failed` event (once), and when every version has
/// settled the task is completed if any version was, failed otherwise, and its place in the stages
/// goes to its teacher's oldest held task.
struct TaskSettlement {
    let store: any TaskRecordStoring & VersionStoring & TaskEventLog
    let handOver: StageHandOver

    /// Marks `version` failed at `stage` with `reason`, then settles it.
    func fail(taskID: String, version: Int, stage: PipelineStage, reason: String, versionCount: Int) async throws {
        try await store.updateVersion(taskID: taskID, version: version, VersionUpdate(
            status: .failed, stages: [stage: .failed], failureReason: reason))
        _ = try await store.appendEvent(
            taskID: taskID, TaskEvents.versionFailed(version: version, reason: reason), once: "v\(version):failed")
        try await settle(taskID: taskID, version: version, versionCount: versionCount)
    }

    /// Notes that `version` reached a final state; the last one to do so ends the task. A version that
    /// succeeds after a redrive settles again and completes the task.
    func settle(taskID: String, version: Int, versionCount: Int) async throws {
        let settled = try await store.settleVersion(taskID: taskID, version: version)
        guard settled >= versionCount else { return }
        var reasons: [String] = []
        var completed = 0
        for record in try await store.versions(taskID: taskID, count: versionCount) {
            // A version running again after a redrive settles the task when it ends.
            guard record?.status == .completed || record?.status == .failed else { return }
            if record?.status == .completed { completed += 1 }
            if let reason = record?.failureReason, record?.status == .failed { reasons.append(reason) }
        }
        let status: TaskStatus = completed > 0 ? .completed : .failed
        try await store.setTaskStatus(id: taskID, status, failureReason: completed > 0 ? nil : reasons.first)
        // Once per outcome: a task whose failed versions complete after a redrive says so again.
        _ = try await store.appendEvent(
            taskID: taskID, TaskEvents.completed(status: status), once: TaskEvent.completedOnceKey(completedVersions: completed))
        // After the status is final, so the release no longer counts this task as in the stages.
        if let owner = try await store.task(id: taskID)?.owner {
            try await handOver.release(teacher: owner, taskID: taskID)
        }
    }
}
