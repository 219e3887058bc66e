import Foundation
import Pipeline

/// The queues between the stages as the tests see them: every body sent to be visible at once, and
/// apart from those the delayed ones, per queue URL.
package actor RecordingQueues: QueueSending {
    package private(set) var sent: [String: [String]] = [:]
    package private(set) var delayed: [String: [(body: String, delay: Duration)]] = [:]
    private var failNextSend = false

    package init() {}

    package func send(_ bodies: [String], to queueURL: String, delay: Duration) async throws {
        if failNextSend {
            failNextSend = false
            throw URLError(.cannotConnectToHost)
        }
        if delay > .zero {
            delayed[queueURL, default: []] += bodies.map { (body: $0, delay: delay) }
        } else {
            sent[queueURL, default: []] += bodies
        }
    }

    package func take(_ queueURL: String) -> [String] {
        defer { sent[queueURL] = [] }
        return sent[queueURL] ?? []
    }

    package func failOnce() { failNextSend = true }
}
