import SQSWire

/// Everything the engine mutates, held together behind the engine's one `Mutex`, so the compiler
/// rather than a comment makes sure it is only read and changed under the lock. The queue records,
/// messages and move tasks it holds are classes that never leave it (what leaves the lock is copied
/// into values: deliveries, counts, handles).
struct QueueEngineState {
    var queues: [String: QueueRecord] = [:]
    var nextSeq: Int64 = 1
    var moveTasks: [MoveTask] = []
    var random = FastRandom()
    /// Names parked receives, so a wait's timer finds its own receive (or learns it was woken already).
    var nextWaiterId: UInt64 = 1

    func queue(named name: String) throws(SQSError) -> QueueRecord {
        guard let queue = queues[name] else { throw .queueDoesNotExist() }
        return queue
    }
}
