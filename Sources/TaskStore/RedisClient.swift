import Synchronization

/// Sends commands to one Redis server over a small connection pool.
package final class RedisClient: Sendable {
    private let pool: RedisConnectionPool
    /// Whether every script runs behind `RedisScripts.declaredKeysOnly` (tests).
    let checksScriptKeys: Bool

    /// No connection opens here; the first command opens one.
    package init(url: RedisURL, maximumConnections: Int = 4, checksScriptKeys: Bool = false) {
        pool = RedisConnectionPool(url: url, maximumConnections: maximumConnections)
        self.checksScriptKeys = checksScriptKeys
    }

    /// Runs one command; `extraWait` is how long the server may legitimately hold the reply back.
    package func send(_ arguments: [String], extraWait: Duration = .zero) async throws(RedisError) -> RedisValue {
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

    /// Runs a Lua script atomically on the server: by its digest (`EVALSHA`), so its text is not sent
    /// and hashed again at every call, and by its text (`EVAL`, which also loads it) only when the
    /// server answers that it does not know the digest (`NOSCRIPT`: a script not run since the server
    /// started, or a cluster node that has not seen it yet). A `NOSCRIPT` answer means the script did not
    /// run, so sending it again runs it once.
    func evaluate(_ script: String, keys: [String], arguments: [String]) async throws(RedisError) -> RedisValue {
        let text = checksScriptKeys ? RedisScripts.declaredKeysOnly + script : script
        do {
            return try await send(["EVALSHA", digests.digest(of: text), String(keys.count)] + keys + arguments)
        } catch .server(let message) where message.hasPrefix("NOSCRIPT") {
            return try await send(["EVAL", text, String(keys.count)] + keys + arguments)
        }
    }

    private let digests = ScriptDigests()
}

/// The digests of the scripts this client has run. The scripts are a fixed set of texts (a few
/// dozen), so the table stays small; past `capacity` a digest is computed each time instead of kept.
final class ScriptDigests: Sendable {
    static let capacity = 256
    private let known = Mutex<[String: String]>([:])

    func digest(of script: String) -> String {
        if let digest = known.withLock({ $0[script] }) { return digest }
        let digest = ScriptDigest.sha1Hex(script)
        known.withLock { known in
            if known.count < Self.capacity { known[script] = digest }
        }
        return digest
    }
}
