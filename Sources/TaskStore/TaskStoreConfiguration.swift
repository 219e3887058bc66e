#if canImport(Glibc)
import Glibc
#endif

/// Where Redis is and how long student data is kept.
package struct TaskStoreConfiguration: Sendable {
    package var url: RedisURL
    /// TTL of every key the store writes (claims use their lease instead).
    package var retention: Duration
    /// Event streams are trimmed to roughly this many entries.
    package var maximumEventsPerTask: Int
    /// A batch's stream holds every student's events: 200 students of about a dozen each, with room.
    package var maximumEventsPerBatch = 10_000
    package var maximumConnections: Int
    /// Runs every script behind a check that it touches only the keys it declares, as Redis Cluster
    /// requires (`RedisScripts.declaredKeysOnly`); for tests, off in production.
    package var checksScriptKeys = false

    package static let defaultRetention = Duration.seconds(30 * 24 * 60 * 60)

    package init(url: RedisURL, retention: Duration = defaultRetention, maximumEventsPerTask: Int = 1000, maximumConnections: Int = 16) {
        self.url = url
        self.retention = retention
        self.maximumEventsPerTask = maximumEventsPerTask
        self.maximumConnections = maximumConnections
    }

    /// `REDIS_URL` (default `redis://127.0.0.1:6379`; `rediss://` for TLS), `RECORDLINE_REDIS_CA_FILE` (the CA
    /// certificates a TLS server is verified against; default OpenSSL's, which `SSL_CERT_FILE` names) and
    /// `RECORDLINE_RETENTION_SECONDS` (default 30 days).
    package static func fromEnvironment() throws(RedisError) -> TaskStoreConfiguration {
        let url = try RedisURL(parsing: variable("REDIS_URL") ?? "redis://127.0.0.1:6379",
                               certificateAuthorityFile: variable("RECORDLINE_REDIS_CA_FILE").flatMap { $0.isEmpty ? nil : $0 })
        var configuration = TaskStoreConfiguration(url: url)
        if let text = variable("RECORDLINE_RETENTION_SECONDS") {
            guard let seconds = Int(text), seconds > 0 else {
                throw .invalidConfiguration("RECORDLINE_RETENTION_SECONDS must be a positive number of seconds")
            }
            configuration.retention = .seconds(seconds)
        }
        return configuration
    }

    private static func variable(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
