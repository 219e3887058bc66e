/// Failures talking to Redis.
package enum RedisError: Error, Equatable, CustomStringConvertible {
    case invalidURL(String)
    case invalidConfiguration(String)
    /// Could not connect, or the connection broke again after one reconnect.
    case connection(String)
    /// The server did not answer within the command's time limit.
    case timeout
    /// Redis answered with an error reply.
    case server(String)
    /// The reply had a shape the caller did not expect.
    case unexpectedReply(String)
    /// The calling task was cancelled while the server held a blocking command's reply back.
    case cancelled

    package var description: String {
        switch self {
        case .invalidURL(let message): "invalid REDIS_URL: \(message)"
        case .invalidConfiguration(let message): "invalid configuration: \(message)"
        case .connection(let message): "Redis connection: \(message)"
        case .timeout: "Redis did not answer in time"
        case .server(let message): "Redis error: \(message)"
        case .unexpectedReply(let message): "unexpected Redis reply: \(message)"
        case .cancelled: "the Redis command was cancelled"
        }
    }
}
