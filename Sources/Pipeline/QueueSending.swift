/// Sending to the next stage's queue: the seam between the pipeline and the queue client.
public protocol QueueSending: Sendable {
    /// Sends every body, or throws; a partial send throws too (duplicates are absorbed by claims).
    func send(_ bodies: [String], to queueURL: String) async throws
}
