import Foundation
import TestSupport
import Testing
@testable import TaskStore

/// What makes the rest of this suite a proof that the store runs on Redis Cluster: every Redis store of
/// the suite (`makeStore`, the conformance suite's `StoreUnderTest`) checks script keys on a one-node
/// cluster (`RedisServer(cluster: true)`), and both checks really refuse what a cluster would.
@Suite("Scripts run on Redis Cluster")
struct ClusterSafetyTests {
    @Test("a script that touches a key it did not declare fails, even one of a declared key's slot")
    func undeclaredKey() async throws {
        let redis = try RedisServer(cluster: true)
        let client = RedisClient(url: try RedisURL(parsing: redis.url), checksScriptKeys: true)
        let built = "return redis.call('HGET', 'task:{' .. ARGV[1] .. '}', 'status')"
        #expect(await Self.serverError { try await client.evaluate(built, keys: [], arguments: ["t"]) }?.contains("UNDECLARED_KEY") == true)
        let message = await Self.serverError { try await client.evaluate(built, keys: ["task:{t}:events"], arguments: ["t"]) }
        #expect(message?.contains("UNDECLARED_KEY HGET touches task:{t}") == true, "\(String(describing: message))")
        // Multi-key commands are checked key by key; declared keys pass, as do commands without keys.
        let declared = "redis.call('SET', KEYS[1], '1', 'PX', 1000); redis.call('TIME'); return redis.call('EXISTS', KEYS[1], KEYS[2])"
        #expect(try await client.evaluate(declared, keys: ["task:{t}", "task:{t}:v1"], arguments: []) == .integer(1))
        let unlink = await Self.serverError {
            try await client.evaluate("return redis.call('UNLINK', KEYS[1], 'task:{t}:v2')", keys: ["task:{t}"], arguments: [])
        }
        #expect(unlink?.contains("UNDECLARED_KEY UNLINK touches task:{t}:v2") == true, "\(String(describing: unlink))")
    }

    @Test("declared keys of two slots fail on the cluster; one entity's keys share a slot")
    func crossSlot() async throws {
        let redis = try RedisServer(cluster: true)
        let client = RedisClient(url: try RedisURL(parsing: redis.url))
        let crossed = await Self.serverError {
            try await client.evaluate("return 1", keys: [TaskKeys.task("a"), TaskKeys.teacherTasks("x")], arguments: [])
        }
        #expect(crossed?.contains("CROSSSLOT") == true, "\(String(describing: crossed))")
        func slot(_ key: String) async throws -> Int64? { try await client.send(["CLUSTER", "KEYSLOT", key]).integer }
        let task = try await slot(TaskKeys.task("a"))
        for key in TaskKeys.all("a", versionCount: 3) + [TaskKeys.tombstone("a"), ClaimKey.stage(.refine, taskID: "a", version: 2).key] {
            #expect(try await slot(key) == task, "\(key)")
        }
        let teacher = try await slot(TaskKeys.teacherTasks("x"))
        for key in [TaskKeys.teacherStaged("x"), TaskKeys.teacherHeld("x"), TaskKeys.teacherBatches("x"), TaskKeys.teacherStreams("x"),
                    TaskKeys.teacherRequests("x", window: 7)] {
            #expect(try await slot(key) == teacher, "\(key)")
        }
        let batch = try await slot(TaskKeys.batch("b"))
        for key in [TaskKeys.batchTasks("b"), TaskKeys.batchEvents("b"), TaskKeys.batchEventMarker("b", once: "completed"),
                    TaskKeys.batchRelayMarker("b", taskID: "a", once: "v1:draft")] {
            #expect(try await slot(key) == batch, "\(key)")
        }
    }

    /// The server's error message of what `body` ran, or nil when it succeeded or failed otherwise.
    static func serverError(_ body: () async throws -> RedisValue) async -> String? {
        do {
            _ = try await body()
            return nil
        } catch let error as RedisError {
            if case .server(let message) = error { return message }
            return nil
        } catch {
            return nil
        }
    }
}
