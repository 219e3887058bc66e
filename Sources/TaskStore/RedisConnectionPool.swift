/// A few lazily opened connections shared by concurrent callers. A caller holds a connection for one
/// command, so a reader blocked in `XREAD BLOCK` never stalls claims or writes on another connection.
actor RedisConnectionPool {
    private let url: RedisURL
    private let maximumConnections: Int
    private var idle: [RedisConnection] = []
    private var opened = 0
    private var waiters: [CheckedContinuation<RedisConnection, Never>] = []

    init(url: RedisURL, maximumConnections: Int) {
        precondition(maximumConnections > 0, "a pool needs at least one connection")
        self.url = url
        self.maximumConnections = maximumConnections
    }

    func checkout() async -> RedisConnection {
        if let connection = idle.popLast() { return connection }
        if opened < maximumConnections {
            opened += 1
            return RedisConnection(url: url, label: "redis-\(url.host)-\(opened)")
        }
        return await withCheckedContinuation { waiters.append($0) }
    }

    func checkin(_ connection: RedisConnection) {
        if waiters.isEmpty {
            idle.append(connection)
        } else {
            waiters.removeFirst().resume(returning: connection)
        }
    }
}
