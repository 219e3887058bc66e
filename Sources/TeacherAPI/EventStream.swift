import Foundation
import TaskStore

/// `GET /v1/tasks/<id>/events` as Server-Sent Events: every stored event after `Last-Event-ID`, then
/// new ones as the stages write them, a comment as heartbeat while nothing happens, until the task's
/// latest `completed` event or the stream's own lifetime runs out (the browser then reconnects with
/// `Last-Event-ID`). Its lease is given back when it ends, whichever way.
public struct EventStream: Sendable {
    public static let headers = SecurityHeaders.api.merging([
        "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-store",
        "x-accel-buffering": "no",
    ]) { $1 }

    let taskID: String
    let lastEventID: String?
    let store: any TaskStoring
    let heartbeat: Duration
    let lifetime: Duration
    let lease: StreamLease

    /// Writes the stream through `write`; returns when the task has completed or the lifetime (or the
    /// caller's `limit`, such as the invocation's remaining time) is over, or throws what the store or
    /// `write` (a client gone) threw. Cancelling the calling task ends the wait for the next event at
    /// once, so a stream whose client went away gives its lease back without waiting for a heartbeat.
    public func run(within limit: Duration? = nil, write: (String) async throws -> Void) async throws {
        do {
            try await stream(within: limit, write: write)
        } catch {
            await lease.release()
            throw error
        }
        await lease.release()
    }

    private func stream(within limit: Duration?, write: (String) async throws -> Void) async throws {
        let clock = ContinuousClock()
        let deadline = clock.now + min(lifetime, max(.zero, limit ?? lifetime))
        var after = lastEventID
        // Tells EventSource how soon to reconnect when the stream ends before the task does.
        try await write("retry: 1000\n\n")
        while clock.now < deadline {
            let wait = min(heartbeat, deadline - clock.now)
            let events = try await store.waitForEvents(taskID: taskID, after: after, limit: 100, timeout: wait)
            if events.isEmpty {
                try await write(": keep-alive\n\n")
                continue
            }
            for event in events {
                try await write(Self.format(event))
                after = event.id ?? after
            }
            // A task redriven after it failed completes again later: only the latest `completed` ends it.
            if events.last?.type == "completed", try await store.events(taskID: taskID, after: after, limit: 1).isEmpty { return }
        }
    }

    static func format(_ event: TaskEvent) -> String {
        var text = ""
        if let id = event.id { text += "id: \(id)\n" }
        text += "event: \(event.type)\n"
        for line in event.data.split(separator: "\n", omittingEmptySubsequences: false) {
            text += "data: \(line)\n"
        }
        return text + "\n"
    }
}
