/// Sends commands to one Redis server over a small connection pool.
public final class RedisClient: Sendable {
    private let pool: RedisConnectionPool
    /// Whether every script runs behind `RedisScripts.declaredKeysOnly` (tests).
    let checksScriptKeys: Bool

    /// No connection opens here; the first command opens one.
    public init(url: RedisURL, maximumConnections: Int = 4, checksScriptKeys: Bool = false) {
        pool = RedisConnectionPool(url: url, maximumConnections: maximumConnections)
        self.checksScriptKeys = checksScriptKeys
    }

    /// Runs one command; `extraWait` is how long the server may legitimately hold the reply back.
    public func send(_ arguments: [String], extraWait: Duration = .zero) async throws(RedisError) -> RedisValue {
        let connection = await pool.checkout()
        do {
            let value = try await connection.send(arguments, extraWait: extraWait)
            pool.checkin(connection)
            return value
        } catch {
            pool.checkin(connection)
            throw error
        }
    }

    /// Runs commands in one round trip on one connection. Any command's server error is thrown (after
    /// all of them ran). For reads and idempotent writes: a broken connection is reopened and all of
    /// them sent again.
    func pipeline(_ commands: [[String]]) async throws(RedisError) -> [RedisValue] {
        guard !commands.isEmpty else { return [] }
        let connection = await pool.checkout()
        let values: [RedisValue]
        do {
            values = try await connection.pipeline(commands)
            pool.checkin(connection)
        } catch {
            pool.checkin(connection)
            throw error
        }
        for value in values {
            if case .error(let message) = value { throw .server(message) }
        }
        return values
    }

    /// The command that runs a script (for `pipeline`).
    func evaluation(_ script: String, keys: [String], arguments: [String]) -> [String] {
        ["EVAL", checksScriptKeys ? RedisScripts.declaredKeysOnly + script : script, String(keys.count)] + keys + arguments
    }

    /// Runs a Lua script atomically on the server.
    func evaluate(_ script: String, keys: [String], arguments: [String]) async throws(RedisError) -> RedisValue {
        try await send(evaluation(script, keys: keys, arguments: arguments))
    }
}
