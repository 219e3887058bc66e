/// Event stream leases and the end of a task's event log, in Redis (`RedisScripts.acquireStream`).
extension RedisTaskStore {
    /// How much longer than the stream's lifetime a lease lives: a stream that ends without releasing
    /// it (its process killed) frees its place this soon after it would have ended anyway.
    static let leaseMargin = Duration.seconds(5)

    public func acquireStream(
        teacher: String, lease: String, lifetime: Duration, perTeacher: Int, total: Int, nowMilliseconds: Int64
    ) async throws -> StreamAdmission {
        let lifetimeMilliseconds = Self.milliseconds(lifetime + Self.leaseMargin)
        let reply = try await client.evaluate(
            RedisScripts.acquireStream, keys: [TaskKeys.teacherStreams(teacher), TaskKeys.streams],
            arguments: [
                String(nowMilliseconds), String(nowMilliseconds + lifetimeMilliseconds), lease, String(perTeacher), String(total),
                String(lifetimeMilliseconds),
            ])
        guard let parts = reply.array, parts.count == 2, let outcome = parts[0].string, let wait = parts[1].integer else {
            throw RedisError.unexpectedReply("stream lease answered \(reply)")
        }
        if outcome == "acquired" { return .acquired }
        guard let limit = StreamLimit(rawValue: outcome) else { throw RedisError.unexpectedReply("stream lease answered \(reply)") }
        return .refused(limit, retryAfter: .milliseconds(max(0, wait)))
    }

    public func releaseStream(teacher: String, lease: String) async throws {
        _ = try await client.evaluate(RedisScripts.releaseStream, keys: [TaskKeys.teacherStreams(teacher), TaskKeys.streams], arguments: [lease])
    }

    public func lastEvent(taskID: String) async throws -> TaskEvent? {
        try Self.events(fromEntries: try await client.send(["XREVRANGE", TaskKeys.events(taskID), "+", "-", "COUNT", "1"])).first
    }

    public func lastEventID(taskID: String) async throws -> String? {
        let reply = try await client.send(["XREVRANGE", TaskKeys.events(taskID), "+", "-", "COUNT", "1"])
        return reply.array?.first?.array?.first?.string
    }
}
