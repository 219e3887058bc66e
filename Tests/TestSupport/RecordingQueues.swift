import Foundation
import Pipeline

/// The queues between the stages as the tests see them: every sent body, per queue URL.
public actor RecordingQueues: QueueSending {
    public private(set) var sent: [String: [String]] = [:]
    private var failNextSend = false

    public init() {}

    public func send(_ bodies: [String], to queueURL: String) async throws {
        if failNextSend {
            failNextSend = false
            throw URLError(.cannotConnectToHost)
        }
        sent[queueURL, default: []] += bodies
    }

    public func take(_ queueURL: String) -> [String] {
        defer { sent[queueURL] = [] }
        return sent[queueURL] ?? []
    }

    public func failOnce() { failNextSend = true }
}
