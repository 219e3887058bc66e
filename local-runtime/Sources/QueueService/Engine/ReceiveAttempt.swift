/// A FIFO receive remembered by its ReceiveRequestAttemptId: the messages it returned and at which of
/// their receives, so a retry within SQS's five minutes gets the same messages and receipt handles.
/// Kept in memory only: after a restart a retry is a new receive, and the handles it held stay valid.
struct ReceiveAttempt {
    static let lifetimeMillis: Int64 = 300_000

    let at: Int64
    let messages: [(seq: Int64, receiveCount: Int)]
}
