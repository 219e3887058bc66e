import Testing

/// The behaviour every `TaskStoring` owes its callers, held against the Redis store on a real
/// redis-server and against the in-memory store the pipeline and API suites run on: each test runs
/// once per `StoreKind`. What only Redis has (reconnecting, TLS, cluster slots, the scripts' key
/// checks, the connection pool) is tested in the Redis store's own suites. The tests run one at a
/// time: the Redis runs share one server (`StoreUnderTest`), and a cluster takes seconds to start.
@Suite("Task store conformance", .serialized)
struct TaskStoreConformance {}
