/// The whole task store: every role together, for callers that need all of it (the functions' wiring,
/// the ops CLI). `RedisTaskStore` is the real one; `InMemoryTaskStore` keeps the same semantics in
/// memory for tests of the pipeline and the API. Code that needs only a few roles asks for those.
///
/// Delete wins: once a task is deleted, every write to its keys (state, versions, events, claims,
/// attempts, usage) throws `TaskDeleted` and writes nothing, checked atomically with the write.
package protocol TaskStoring:
    TaskRecordStoring, ChoiceStoring, ClaimStoring, VersionStoring, TaskEventLog, BatchEventLog, RequestCounting, AdmissionStoring,
    BatchStoring, StreamLeasing, UsageStoring, AttemptStoring, FaultSwitching, MessageFailureStoring
{
    /// The task and one of its versions (nil, nil when the task does not exist), read together: in
    /// one round trip where the store can (both are keys of the task's slot). Not atomic, as two reads
    /// one after the other are not: a stage reads what the stage before it stored before it sent the
    /// message that started this one.
    func task(id: String, withVersion version: Int) async throws -> (task: TaskRecord?, version: VersionRecord?)
}

extension TaskStoring {
    package func task(id: String, withVersion version: Int) async throws -> (task: TaskRecord?, version: VersionRecord?) {
        guard let task = try await task(id: id) else { return (nil, nil) }
        return (task, try await self.version(taskID: id, version: version))
    }
}
