import ArgumentParser
import Foundation
import QueueClient
import TaskStore
import TimeUnits

/// `recordline dlq show QUEUE MESSAGE-ID`: one dead-lettered message in full, and its task's state.
struct DLQShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one dead-lettered message: body (student text redacted), attributes, failure reason and the task's state.")

    @OptionGroup var stack: StackOptions

    @Argument(help: "The dead-letter queue.")
    var queue: String

    @Argument(help: "The message id (from dlq list).")
    var messageId: String

    @Flag(help: "Show the student text in the body as it is.")
    var reveal = false

    @Flag(help: "Print JSON.")
    var json = false

    struct Output: Encodable {
        struct TaskState: Encodable {
            struct Version: Encodable {
                let version: Int
                let status: String
                let stages: [String: String]
                let failureReason: String?
            }

            let taskId: String
            let status: String
            let failureReason: String?
            let versions: [Version]
        }

        let queue: String
        let message: DeadLetterEntry
        let body: String
        let attributes: [String: String]
        let messageAttributes: [String: String]
        let task: TaskState?
    }

    func run() async throws {
        try await operate {
            let dlq = try await DeadLetterQueue.resolve(queue, options: stack)
            let peek = dlq.peek()
            let messages = try await peek.collect(limit: 100_000) { $0.contains { $0.messageID == messageId } }
            await peek.release(messages)
            guard let message = messages.first(where: { $0.messageID == messageId }) else {
                throw OpsFailure(.notFound, "no message \(messageId) in \(dlq.name) (\(messages.count) message(s) there)")
            }
            let details = TaskDetails()
            var entry = DeadLetterEntry(message, defaultStage: dlq.stage, now: Date().millisecondsSince1970)
            await entry.enrich(from: details)
            var task: Output.TaskState?
            if let taskId = entry.taskId, let found = await details.task(id: taskId) {
                let (record, versions) = found
                task = Output.TaskState(
                    taskId: taskId, status: record.status.rawValue, failureReason: record.failureReason,
                    versions: versions.map { version in
                        Output.TaskState.Version(
                            version: version.number, status: version.status.rawValue,
                            stages: Dictionary(uniqueKeysWithValues: version.stages.map { ($0.key.rawValue, $0.value.rawValue) }),
                            failureReason: version.failureReason)
                    })
            }
            let output = Output(
                queue: dlq.name, message: entry, body: MessageBody.shown(message.body, reveal: reveal),
                attributes: message.attributes,
                messageAttributes: message.messageAttributes.mapValues { $0.stringValue ?? "<\($0.dataType), \($0.binaryValue?.count ?? 0) bytes>" },
                task: task)
            if json {
                try OpsOutput.json(output)
            } else {
                print(Self.humanReadable(output, taskKnown: entry.taskId == nil || task != nil))
            }
        }
    }

    static func humanReadable(_ output: Output, taskKnown: Bool) -> String {
        let entry = output.message
        var fields = TextTable(["", ""])
        fields.maximumCellWidth = 200
        fields.add(["message", entry.messageId])
        fields.add(["queue", output.queue + (entry.sourceQueue.map { " (from \($0))" } ?? "")])
        fields.add(["task", entry.taskId ?? "–"])
        fields.add(["version", entry.version.map(String.init) ?? "–"])
        fields.add(["stage", entry.stage?.rawValue ?? "–"])
        fields.add(["receives", String(entry.receiveCount)])
        fields.add(["attempts", entry.attempts.map(String.init) ?? "–"])
        fields.add(["sent", entry.sentAt ?? "–"])
        fields.add(["first received", entry.firstReceivedAt ?? "–"])
        fields.add(["last attempt", entry.lastAttemptAt ?? "–"])
        fields.add(["reason", entry.reason ?? "–"])
        var lines = [fields.render().split(separator: "\n").dropFirst().joined(separator: "\n"), "", "body", "  " + output.body]
        if !output.attributes.isEmpty {
            lines += ["", "attributes"] + output.attributes.keys.sorted().map { "  \($0): \(output.attributes[$0]!)" }
        }
        if !output.messageAttributes.isEmpty {
            lines += ["", "message attributes"] + output.messageAttributes.keys.sorted().map { "  \($0): \(output.messageAttributes[$0]!)" }
        }
        if let task = output.task {
            lines += ["", "task \(task.taskId): \(task.status)" + (task.failureReason.map { " (\($0))" } ?? "")]
            var table = TextTable(["VERSION", "STATUS", "DRAFT", "REFINE", "FINALIZE", "REASON"])
            for version in task.versions {
                table.add([String(version.version), version.status] + PipelineStage.allCases.map { version.stages[$0.rawValue] ?? "–" } + [version.failureReason ?? "–"])
            }
            lines.append(table.render())
        } else if !taskKnown {
            lines += ["", "task: not in Redis (deleted, expired, or Redis not reachable)"]
        }
        return lines.joined(separator: "\n")
    }
}
