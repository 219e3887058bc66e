/// Sends commands to one Redis server over a small connection pool.
public final class RedisClient: Sendable {
    private let pool: RedisConnectionPool

    /// No connection opens here; the first command opens one.
    public init(url: RedisURL, maximumConnections: Int = 4) {
        pool = RedisConnectionPool(url: url, maximumConnections: maximumConnections)
    }

    /// Runs one command; `extraWait` is how long the server may legitimately hold the reply back.
    public func send(_ arguments: [String], extraWait: Duration = .zero) async throws(RedisError) -> RedisValue {
        let connection = await pool.checkout()
        do {
            let value = try await connection.send(arguments, extraWait: extraWait)
            await pool.checkin(connection)
            return value
        } catch {
            await pool.checkin(connection)
            throw error
        }
    }

    /// Runs a Lua script atomically on the server.
    func evaluate(_ script: String, keys: [String], arguments: [String]) async throws(RedisError) -> RedisValue {
        try await send(["EVAL", script, String(keys.count)] + keys + arguments)
    }
}
