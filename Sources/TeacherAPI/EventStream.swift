import Foundation
import TaskStore

/// An event stream as Server-Sent Events: every stored event after `Last-Event-ID`, then new ones as
/// they are written, a comment as heartbeat while nothing happens, until the feed's end (a task's
/// latest `completed`, a batch's `batch_completed`) or the stream's own lifetime runs out (the browser
/// then reconnects with `Last-Event-ID`). Its lease is given back when it ends, whichever way.
/// `GET /v1/tasks/<id>/events` reads a task's feed (`TaskFeed`), `GET /v1/batches/<id>/events` a
/// batch's (`BatchFeed`).
package struct EventStream: Sendable {
    package static let headers = SecurityHeaders.api.merging([
        "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-store",
        "x-accel-buffering": "no",
    ]) { $1 }

    let feed: any EventFeed
    let lastEventID: String?
    let heartbeat: Duration
    let lifetime: Duration
    let lease: StreamLease

    init(feed: any EventFeed, lastEventID: String?, heartbeat: Duration, lifetime: Duration, lease: StreamLease) {
        self.feed = feed
        self.lastEventID = lastEventID
        self.heartbeat = heartbeat
        self.lifetime = lifetime
        self.lease = lease
    }

    /// A task's stream.
    init(taskID: String, lastEventID: String?, store: any TaskEventLog, heartbeat: Duration, lifetime: Duration, lease: StreamLease) {
        self.init(feed: TaskFeed(taskID: taskID, store: store), lastEventID: lastEventID, heartbeat: heartbeat, lifetime: lifetime, lease: lease)
    }

    /// Writes the stream through `write`; returns when the feed has ended or the lifetime (or the
    /// caller's `limit`, such as the invocation's remaining time) is over, or throws what the store or
    /// `write` (a client gone) threw. Cancelling the calling task ends the wait for the next event at
    /// once, so a stream whose client went away gives its lease back without waiting for a heartbeat.
    package func run(within limit: Duration? = nil, write: (String) async throws -> Void) async throws {
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
        // Tells EventSource how soon to reconnect when the stream ends before the feed does.
        try await write("retry: 1000\n\n")
        while clock.now < deadline {
            let wait = min(heartbeat, deadline - clock.now)
            let events = try await feed.events(after: after, wait: wait)
            if events.isEmpty {
                try await write(": keep-alive\n\n")
                try await feed.idle()
                continue
            }
            for event in events {
                try await write(Self.format(feed.presented(event)))
                after = event.id ?? after
            }
            if try await feed.ends(after: events, cursor: after) { return }
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

/// Where a stream's events come from and when it is over.
protocol EventFeed: Sendable {
    /// The events after `after` (all when nil), waiting up to `wait` when there are none yet.
    func events(after: String?, wait: Duration) async throws -> [TaskEvent]
    /// The event as the client sees it.
    func presented(_ event: TaskEvent) -> TaskEvent
    /// Whether the stream ends now that `events` were written and `cursor` is the last one's id.
    func ends(after events: [TaskEvent], cursor: String?) async throws -> Bool
    /// Nothing came within a heartbeat: a chance to notice what no event announces.
    func idle() async throws
}

/// A task's events, until its latest `completed`.
struct TaskFeed: EventFeed {
    let taskID: String
    let store: any TaskEventLog

    func events(after: String?, wait: Duration) async throws -> [TaskEvent] {
        try await store.waitForEvents(taskID: taskID, after: after, limit: 100, timeout: wait)
    }

    func presented(_ event: TaskEvent) -> TaskEvent { event }

    /// A task redriven after it failed completes again later: only the latest `completed` ends it.
    func ends(after events: [TaskEvent], cursor: String?) async throws -> Bool {
        guard events.last?.type == "completed" else { return false }
        return try await store.events(taskID: taskID, after: cursor, limit: 1).isEmpty
    }

    func idle() async throws {}
}
