import TestSupport

@testable import TaskStore

/// A store whose every script is checked to touch only the keys it declares
/// (`TaskStoreConfiguration.checksScriptKeys`); on a cluster-mode server (`RedisServer(cluster: true)`),
/// declared keys of different slots fail too. Together: the scripts run on Redis Cluster.
func makeStore(_ redis: RedisServer, maximumConnections: Int = 16) throws -> RedisTaskStore {
    var configuration = TaskStoreConfiguration(url: try RedisURL(parsing: redis.url), maximumConnections: maximumConnections)
    configuration.checksScriptKeys = true
    return RedisTaskStore(configuration: configuration)
}

/// How many clients the server holds in a blocking command such as `XREAD BLOCK`.
func blockedClients(_ redis: RedisServer) async throws -> Int {
    try await blockedClients(RedisURL(parsing: redis.url))
}

func blockedClients(_ url: RedisURL) async throws -> Int {
    let info = try await RedisClient(url: url).send(["INFO", "clients"]).string ?? ""
    let line = info.split(whereSeparator: \.isNewline).first { $0.hasPrefix("blocked_clients:") }
    return line.flatMap { Int($0.dropFirst("blocked_clients:".count)) } ?? 0
}
