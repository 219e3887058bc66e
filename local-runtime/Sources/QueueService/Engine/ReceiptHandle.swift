import Foundation

/// The receipt handle of one receive: the queue, the message's sequence and which receive it was.
/// Derived from stored state only, so handles issued before a restart stay valid after it.
struct ReceiptHandle: Equatable {
    let queue: String
    let seq: Int64
    let receiveCount: Int

    var encoded: String {
        Data("\(queue)\n\(seq)\n\(receiveCount)".utf8).base64EncodedString()
    }

    init(queue: String, seq: Int64, receiveCount: Int) {
        self.queue = queue
        self.seq = seq
        self.receiveCount = receiveCount
    }

    init?(encoded: String) {
        guard encoded.utf8.count <= 1024, let data = Data(base64Encoded: encoded) else { return nil }
        let parts = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, let seq = Int64(parts[1]), let count = Int(parts[2]) else { return nil }
        self.queue = String(parts[0])
        self.seq = seq
        self.receiveCount = count
    }
}
