/// Event stream leases and the end of a task's event log, in Redis (`RedisScripts.acquireStream`).
extension RedisTaskStore {
    package func acquireStream(
        teacher: String, lease: String, lifetime: Duration, perTeacher: Int, total: Int, nowMilliseconds: Int64
    ) async throws -> StreamAdmission {
        let lifetimeMilliseconds = Self.milliseconds(lifetime + Self.leaseMargin)
        if let wait = try await acquireLease(
            in: TaskKeys.teacherStreams(teacher), lease: lease, limit: perTeacher, lifetimeMilliseconds: lifetimeMilliseconds,
            nowMilliseconds: nowMilliseconds)
        {
            return .refused(.teacher, retryAfter: wait)
        }
        do {
            if let wait = try await acquireLease(
                in: TaskKeys.streams, lease: lease, limit: total, lifetimeMilliseconds: lifetimeMilliseconds, nowMilliseconds: nowMilliseconds)
            {
                _ = try await client.send(["ZREM", TaskKeys.teacherStreams(teacher), lease])
                return .refused(.total, retryAfter: wait)
            }
        } catch {
            _ = try? await client.send(["ZREM", TaskKeys.teacherStreams(teacher), lease])
            throw error
        }
        return .acquired
    }

    /// Takes a place in one lease set (`RedisScripts.acquireStream`); nil when taken, else how soon one
    /// frees up.
    private func acquireLease(in key: String, lease: String, limit: Int, lifetimeMilliseconds: Int64, nowMilliseconds: Int64) async throws
        -> Duration?
    {
        let reply = try await client.evaluate(
            RedisScripts.acquireStream, keys: [key],
            arguments: [
                String(nowMilliseconds), String(nowMilliseconds + lifetimeMilliseconds), lease, String(limit), String(lifetimeMilliseconds),
            ])
        guard let parts = reply.array, parts.count == 2, let outcome = parts[0].string, let wait = parts[1].integer else {
            throw RedisError.unexpectedReply("stream lease answered \(reply)")
        }
        switch outcome {
        case "acquired": return nil
        case "full": return .milliseconds(max(0, wait))
        default: throw RedisError.unexpectedReply("stream lease answered \(reply)")
        }
    }

    package func releaseStream(teacher: String, lease: String) async throws {
        _ = try await client.send(["ZREM", TaskKeys.teacherStreams(teacher), lease])
        _ = try await client.send(["ZREM", TaskKeys.streams, lease])
    }

    package func lastEvent(taskID: String) async throws -> TaskEvent? {
        try Self.events(fromEntries: try await client.send(["XREVRANGE", TaskKeys.events(taskID), "+", "-", "COUNT", "1"])).first
    }

    package func lastEventID(taskID: String) async throws -> String? {
        let reply = try await client.send(["XREVRANGE", TaskKeys.events(taskID), "+", "-", "COUNT", "1"])
        return reply.array?.first?.array?.first?.string
    }
}
