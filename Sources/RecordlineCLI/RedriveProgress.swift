import Foundation

/// Progress of a redrive on standard error: rewritten in place on a terminal; otherwise a line at most
/// every half second and the last one at the end, so logs and tests see the steps without a flood.
final class RedriveProgress {
    private let label: String
    private let terminal = isatty(STDERR_FILENO) == 1
    private var last = ""
    private var pending: String?
    private var lastWritten: ContinuousClock.Instant?
    private let spacing = Duration.milliseconds(500)

    init(label: String) {
        self.label = label
    }

    func update(moved: Int, of total: Int?, failed: Int = 0) {
        let line = Self.line(label: label, moved: moved, of: total, failed: failed)
        guard line != last else { return }
        last = line
        if terminal {
            FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
            return
        }
        let now = ContinuousClock.now
        if let lastWritten, now - lastWritten < spacing {
            pending = line
            return
        }
        write(line, at: now)
    }

    func finish() {
        if terminal {
            if !last.isEmpty { FileHandle.standardError.write(Data("\n".utf8)) }
        } else if let pending {
            write(pending, at: .now)
        }
    }

    private func write(_ line: String, at instant: ContinuousClock.Instant) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
        lastWritten = instant
        pending = nil
    }

    static func line(label: String, moved: Int, of total: Int?, failed: Int) -> String {
        var line = "\(label): \(moved)"
        if let total, total > 0 {
            line += "/\(total) moved (\(min(100, moved * 100 / total))%)"
        } else {
            line += " moved"
        }
        if failed > 0 { line += ", \(failed) failed" }
        return line
    }
}

/// What a redrive did, printed at the end (and as JSON with `--json`).
struct RedriveSummary: Encodable, Equatable {
    let queue: String
    /// `move-task` (StartMessageMoveTask) or `send-then-delete`.
    let method: String
    var status: String
    var moved: Int
    var toMove: Int?
    /// Messages the send did not take; they stay in the dead-letter queue.
    var sendFailed = 0
    /// Sent but not deleted from the dead-letter queue: they would be moved again (the stages' claims absorb the duplicate).
    var deleteFailed = 0
    var notFound: [String] = []
    var seconds: Double = 0
    var failureReason: String?
    /// The messages moved, when they are known one by one (send-then-delete); not printed.
    var movedIDs: Set<String> = []

    var perSecond: Double { seconds > 0 ? Double(moved) / seconds : 0 }

    enum CodingKeys: String, CodingKey {
        case queue, method, status, moved, toMove, sendFailed, deleteFailed, notFound, seconds, failureReason, perSecond
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(queue, forKey: .queue)
        try container.encode(method, forKey: .method)
        try container.encode(status, forKey: .status)
        try container.encode(moved, forKey: .moved)
        try container.encodeIfPresent(toMove, forKey: .toMove)
        try container.encode(sendFailed, forKey: .sendFailed)
        try container.encode(deleteFailed, forKey: .deleteFailed)
        try container.encode(notFound, forKey: .notFound)
        try container.encode((seconds * 1000).rounded() / 1000, forKey: .seconds)
        try container.encodeIfPresent(failureReason, forKey: .failureReason)
        try container.encode(perSecond.rounded(), forKey: .perSecond)
    }

    var succeeded: Bool { status == "COMPLETED" && sendFailed == 0 && deleteFailed == 0 }

    var text: String {
        var line = "\(status.lowercased()): moved \(moved)" + (toMove.map { " of \($0)" } ?? "") + " from \(queue) by \(method)"
        line += String(format: " in %.2f s (%.0f messages/s)", seconds, perSecond)
        if sendFailed > 0 { line += "; \(sendFailed) not sent (still in \(queue))" }
        if deleteFailed > 0 { line += "; \(deleteFailed) sent but not deleted (would be moved again)" }
        if !notFound.isEmpty { line += "; not found: \(notFound.joined(separator: ", "))" }
        if let failureReason { line += "; \(failureReason)" }
        return line
    }
}
