import TestSupport

@testable import TaskStore

/// A store whose every script is checked to touch only the keys it declares
/// (`TaskStoreConfiguration.checksScriptKeys`); on a cluster-mode server (`RedisServer(cluster: true)`),
/// declared keys of different slots fail too. Together: the scripts run on Redis Cluster.
func makeStore(
    _ redis: RedisServer, retention: Duration = TaskStoreConfiguration.defaultRetention, maximumConnections: Int = 16
) throws -> RedisTaskStore {
    var configuration = TaskStoreConfiguration(url: try RedisURL(parsing: redis.url), retention: retention, maximumConnections: maximumConnections)
    configuration.checksScriptKeys = true
    return RedisTaskStore(configuration: configuration)
}

func ttlMilliseconds(_ redis: RedisServer, _ key: String) async throws -> Int64 {
    try await RedisClient(url: RedisURL(parsing: redis.url)).send(["PTTL", key]).integer ?? -3
}

/// How many clients the server holds in a blocking command such as `XREAD BLOCK`.
func blockedClients(_ redis: RedisServer) async throws -> Int {
    let info = try await RedisClient(url: RedisURL(parsing: redis.url)).send(["INFO", "clients"]).string ?? ""
    let line = info.split(whereSeparator: \.isNewline).first { $0.hasPrefix("blocked_clients:") }
    return line.flatMap { Int($0.dropFirst("blocked_clients:".count)) } ?? 0
}
