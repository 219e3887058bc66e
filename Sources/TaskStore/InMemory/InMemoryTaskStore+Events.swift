import TimeUnits

/// The event logs of tasks and batches, and readers that wait for their next entry.
extension InMemoryTaskStore {
    package func appendEvent(taskID: String, _ event: TaskEvent) async throws -> String {
        try atomically { keys in
            try keys.checkNotDeleted(taskID)
            let id = keys.appendEvent(event, to: TaskKeys.events(taskID), maximum: maximumEventsPerTask, lifetimeMilliseconds: retention)
            relay(event, taskID: taskID, once: nil, in: &keys)
            return id
        }
    }

    package func appendEvent(taskID: String, _ event: TaskEvent, once: String) async throws -> String? {
        try atomically { keys in
            try keys.checkNotDeleted(taskID)
            var id: String?
            let marker = TaskKeys.eventMarker(taskID, once: once)
            if !keys.exists(marker) {
                keys.set(marker, .string("1"), lifetimeMilliseconds: retention)
                id = keys.appendEvent(event, to: TaskKeys.events(taskID), maximum: maximumEventsPerTask, lifetimeMilliseconds: retention)
            }
            // Relayed even when the task's own append was a repeat, as the Redis store does: its relay
            // has a marker of its own.
            relay(event, taskID: taskID, once: once, in: &keys)
            return id
        }
    }

    /// Writes a task's event to its batch's log, naming the task (`RedisScripts.relayToBatch`).
    private func relay(_ event: TaskEvent, taskID: String, once: String?, in keys: inout MemoryKeyspace) {
        guard let batchID = keys.task(taskID)?.batchID, !batchID.isEmpty else { return }
        if let once {
            let marker = TaskKeys.batchRelayMarker(batchID, taskID: taskID, once: once)
            guard !keys.exists(marker) else { return }
            keys.set(marker, .string("1"), lifetimeMilliseconds: retention)
        }
        var relayed = event
        relayed.taskID = taskID
        _ = keys.appendEvent(relayed, to: TaskKeys.batchEvents(batchID), maximum: maximumEventsPerBatch, lifetimeMilliseconds: retention)
    }

    package func events(taskID: String, after afterID: String?, limit: Int) async throws -> [TaskEvent] {
        try entries(of: TaskKeys.events(taskID), after: afterID, limit: limit)
    }

    package func waitForEvents(taskID: String, after afterID: String?, limit: Int, timeout: Duration) async throws -> [TaskEvent] {
        try await waitForEntries(of: TaskKeys.events(taskID), after: afterID, limit: limit, timeout: timeout)
    }

    package func lastEventID(taskID: String) async throws -> String? {
        try atomically { $0.events(TaskKeys.events(taskID)).entries.last?.event.id }
    }

    package func lastEvent(taskID: String) async throws -> TaskEvent? {
        try atomically { $0.events(TaskKeys.events(taskID)).entries.last?.event }
    }

    // MARK: a batch's log

    package func appendBatchEvent(batchID: String, _ event: TaskEvent, once: String) async throws -> String? {
        try atomically { keys in
            let marker = TaskKeys.batchEventMarker(batchID, once: once)
            guard keys.batch(batchID) != nil, !keys.exists(marker) else { return nil }
            keys.set(marker, .string("1"), lifetimeMilliseconds: retention)
            return keys.appendEvent(event, to: TaskKeys.batchEvents(batchID), maximum: maximumEventsPerBatch, lifetimeMilliseconds: retention)
        }
    }

    package func batchEvents(batchID: String, after afterID: String?, limit: Int) async throws -> [TaskEvent] {
        try entries(of: TaskKeys.batchEvents(batchID), after: afterID, limit: limit)
    }

    package func waitForBatchEvents(batchID: String, after afterID: String?, limit: Int, timeout: Duration) async throws -> [TaskEvent] {
        try await waitForEntries(of: TaskKeys.batchEvents(batchID), after: afterID, limit: limit, timeout: timeout)
    }

    package func lastBatchEventID(batchID: String) async throws -> String? {
        try atomically { $0.events(TaskKeys.batchEvents(batchID)).entries.last?.event.id }
    }

    // MARK: reading and waiting

    /// `XRANGE key (after + COUNT limit`.
    private func entries(of key: String, after afterID: String?, limit: Int) throws -> [TaskEvent] {
        var after: StreamEntryID?
        if let afterID { after = try StreamEntryID(parsing: afterID) }
        return try atomically { [after] keys in keys.events(key).events(after: after, limit: limit) }
    }

    /// `XREAD COUNT limit BLOCK timeout STREAMS key after`: the entries after `after` at once when there
    /// are any, else the first ones appended within `timeout` (nothing when none were). The wait ends
    /// on the append itself, on the clock reaching the deadline, or on cancellation
    /// (`CancellationError`), whichever comes first.
    private func waitForEntries(of key: String, after afterID: String?, limit: Int, timeout: Duration) async throws -> [TaskEvent] {
        let after = try StreamEntryID(parsing: afterID ?? "0-0")
        let deadline = clock.nowMilliseconds + max(1, timeout.wholeMilliseconds)
        while true {
            let found = try atomically { $0.events(key).events(after: after, limit: limit) }
            if !found.isEmpty { return found }
            try Task.checkCancellation()
            guard clock.nowMilliseconds < deadline else { return [] }
            await nextAppend(to: key, after: after, deadline: deadline)
        }
    }

    /// Returns once an entry after `after` is in `key`'s log, the clock reaches `deadline`, or the
    /// calling task is cancelled. The log is checked and the reader registered under one lock, so an
    /// append in between cannot be missed.
    private func nextAppend(to key: String, after: StreamEntryID, deadline: Int64) async {
        let number = state.withLock { state in
            state.nextWaiter += 1
            return state.nextWaiter
        }
        let timer = Task { [clock] in
            try await clock.sleep(untilMilliseconds: deadline)
            self.wake(number, on: key)
        }
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let waiting = state.withLock { state in
                    state.keyspace.now = clock.nowMilliseconds
                    let ready = state.keyspace.events(key).lastID.map { $0 > after } ?? false
                    guard !ready, !Task.isCancelled, state.keyspace.now < deadline else { return false }
                    state.waiters[key, default: [:]][number] = continuation
                    return true
                }
                if !waiting { continuation.resume() }
            }
        } onCancel: {
            self.wake(number, on: key)
        }
        timer.cancel()
    }

    /// Ends one reader's wait, if it is still waiting.
    private func wake(_ number: Int, on key: String) {
        state.withLock { $0.takeWaiter(number, on: key) }?.resume()
    }
}
