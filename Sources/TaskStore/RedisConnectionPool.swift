import Synchronization

/// A few lazily opened connections shared by concurrent callers. A caller holds a connection for one
/// command, so a reader blocked in `XREAD BLOCK` never stalls claims or writes on another connection.
///
/// Borrowing and returning take a lock, not an actor: a command then costs the hand-off to its
/// connection's queue and back, without two more hops onto an actor's executor around it. A caller
/// suspends only when every connection is busy and none may be opened.
final class RedisConnectionPool: Sendable {
    private struct State {
        var idle: [RedisConnection] = []
        var opened = 0
        var waiters: [CheckedContinuation<RedisConnection, Never>] = []
    }

    private let url: RedisURL
    private let maximumConnections: Int
    private let state = Mutex(State())

    init(url: RedisURL, maximumConnections: Int) {
        precondition(maximumConnections > 0, "a pool needs at least one connection")
        self.url = url
        self.maximumConnections = maximumConnections
    }

    func checkout() async -> RedisConnection {
        if let connection = state.withLock({ take(&$0) }) { return connection }
        return await withCheckedContinuation { continuation in
            let connection = state.withLock { state -> RedisConnection? in
                if let connection = take(&state) { return connection }
                state.waiters.append(continuation)
                return nil
            }
            if let connection { continuation.resume(returning: connection) }
        }
    }

    func checkin(_ connection: RedisConnection) {
        let waiter = state.withLock { state -> CheckedContinuation<RedisConnection, Never>? in
            if state.waiters.isEmpty {
                state.idle.append(connection)
                return nil
            }
            return state.waiters.removeFirst()
        }
        waiter?.resume(returning: connection)
    }

    /// An idle connection, or a new one while fewer than the maximum are open.
    private func take(_ state: inout State) -> RedisConnection? {
        if let connection = state.idle.popLast() { return connection }
        guard state.opened < maximumConnections else { return nil }
        state.opened += 1
        return RedisConnection(url: url, label: "redis-\(url.host)-\(state.opened)")
    }
}
