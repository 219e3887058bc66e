import Synchronization

/// Connections to any number of hosts for concurrent callers: each request borrows an idle connection
/// (libcurl keeps its socket alive) or opens a new one, and returns it afterwards.
///
/// Nothing is opened before the first request, so creating a pool costs nothing at cold start.
package final class CurlConnectionPool: Sendable {
    private let label: String
    private let maxIdle: Int
    private let idle = Mutex<[CurlConnection]>([])

    /// `maxIdle` bounds the connections kept between requests; more may be open while requests overlap.
    package init(label: String, maxIdle: Int = 8) {
        self.label = label
        self.maxIdle = maxIdle
    }

    package func perform(_ request: HTTPRequest) async throws(TransportError) -> HTTPResponse {
        let connection: CurlConnection
        if let reused = idle.withLock({ $0.popLast() }) {
            connection = reused
        } else {
            connection = try CurlConnection(label: label)
        }
        defer { checkIn(connection) }
        return try await connection.perform(request)
    }

    private func checkIn(_ connection: CurlConnection) {
        idle.withLock { connections in
            if connections.count < maxIdle { connections.append(connection) }
        }
    }
}
