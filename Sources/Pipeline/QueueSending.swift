/// Sending to the next stage's queue: the seam between the pipeline and the queue client.
package protocol QueueSending: Sendable {
    /// Sends every body, or throws; a partial send throws too (duplicates are absorbed by claims).
    /// `delay` (whole seconds, at most 15 minutes, as SQS takes it) keeps the messages invisible that long.
    func send(_ bodies: [String], to queueURL: String, delay: Duration) async throws
}

extension QueueSending {
    /// Sends every body, visible at once.
    package func send(_ bodies: [String], to queueURL: String) async throws {
        try await send(bodies, to: queueURL, delay: .zero)
    }
}
