/// The whole task store: every role together, for callers that need all of it (the functions' wiring,
/// the ops CLI). `RedisTaskStore` is the real one; `InMemoryTaskStore` keeps the same semantics in
/// memory for tests of the pipeline and the API. Code that needs only a few roles asks for those.
///
/// Delete wins: once a task is deleted, every write to its keys (state, versions, events, claims,
/// attempts, usage) throws `TaskDeleted` and writes nothing, checked atomically with the write.
public protocol TaskStoring:
    TaskRecordStoring, ChoiceStoring, ClaimStoring, VersionStoring, TaskEventLog, BatchEventLog, RequestCounting, AdmissionStoring,
    BatchStoring, StreamLeasing, UsageStoring, AttemptStoring, FaultSwitching, MessageFailureStoring
{}
