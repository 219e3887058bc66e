import QueueClient
import TaskStore

/// One dead-lettered message as `dlq list` shows it.
struct DeadLetterEntry: Encodable, Equatable {
    let messageId: String
    let taskId: String?
    let version: Int?
    let stage: PipelineStage?
    /// Receives SQS counted before this listing (earlier listings included; this one is not).
    let receiveCount: Int
    /// Attempts the stage made at this task and version (Redis), peeks not counted.
    var attempts: Int?
    let sentAt: String?
    let firstReceivedAt: String?
    /// When the stage last started on this task and version (Redis), i.e. the last delivery it ran.
    var lastAttemptAt: String?
    let ageSeconds: Int64?
    /// Recorded by the stage when the delivery failed (Redis `msg:<id>:reason`).
    var reason: String?
    /// The queue it was dead-lettered from, when the service says so.
    let sourceQueue: String?

    init(_ message: ReceivedMessage, defaultStage: PipelineStage?, now: Int64) {
        let body = MessageBody(message.body)
        let attributes = message.attributes
        let sent = attributes["SentTimestamp"].flatMap { Int64($0) }
        messageId = message.messageID
        taskId = body.taskId
        version = body.version
        stage = body.stage ?? defaultStage
        receiveCount = max(0, (message.approximateReceiveCount ?? 1) - 1)
        sentAt = sent.map(DurationText.timestamp)
        firstReceivedAt = attributes["ApproximateFirstReceiveTimestamp"].flatMap { Int64($0) }.map(DurationText.timestamp)
        ageSeconds = sent.map { max(0, now - $0) / 1000 }
        sourceQueue = attributes["DeadLetterQueueSourceArn"].map(queueName(fromARNOrURL:))
    }

    /// Adds what Redis knows: the failure reason and the stage's last attempt. Without Redis the entry stays as it is.
    mutating func enrich(from details: TaskDetails) async {
        reason = await details.reason(messageID: messageId)
        if let taskId, let stage, let record = await details.attempts(taskID: taskId, stage: stage, version: version) {
            attempts = record.attempts
            lastAttemptAt = record.lastStartedAt.map(DurationText.timestamp)
        }
    }

    var tableRow: [String] {
        [
            messageId, taskId ?? "–", version.map(String.init) ?? "–", stage?.rawValue ?? "–", String(receiveCount),
            attempts.map(String.init) ?? "–", firstReceivedAt ?? "–", lastAttemptAt ?? "–", ageSeconds.map { DurationText.format(milliseconds: $0 * 1000) } ?? "–",
            reason ?? "–",
        ]
    }

    static let tableHeaders = ["MESSAGE ID", "TASK", "V", "STAGE", "RECEIVES", "ATTEMPTS", "FIRST RECEIVED", "LAST ATTEMPT", "AGE", "REASON"]
}

/// `--task`, `--stage`, `--older-than`, `--newer-than`: which dead-lettered messages a command means.
struct MessageFilter: Equatable {
    var taskId: String?
    var stage: PipelineStage?
    var olderThanMilliseconds: Int64?
    var newerThanMilliseconds: Int64?

    var isEmpty: Bool { taskId == nil && stage == nil && olderThanMilliseconds == nil && newerThanMilliseconds == nil }

    func matches(_ entry: DeadLetterEntry) -> Bool {
        if let taskId, entry.taskId != taskId { return false }
        if let stage, entry.stage != stage { return false }
        let age = entry.ageSeconds.map { $0 * 1000 }
        if let olderThanMilliseconds, (age ?? 0) < olderThanMilliseconds { return false }
        if let newerThanMilliseconds, (age ?? .max) > newerThanMilliseconds { return false }
        return true
    }
}
