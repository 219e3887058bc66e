/// Why a message failed for good, kept for operators who inspect the dead-letter queue.
package protocol MessageFailureStoring: Sendable {
    func recordMessageFailure(messageID: String, reason: String) async throws
    func messageFailure(messageID: String) async throws -> String?
}
