import ArgumentParser
import Foundation
import TimeUnits

/// `recordline dlq list QUEUE`: what is in a dead-letter queue and why, without consuming it.
struct DLQListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List a dead-letter queue's messages with task, version, stage, receives and the failure reason (peeks; consumes nothing).")

    @OptionGroup var stack: StackOptions
    @OptionGroup var filters: MessageFilterOptions

    @Argument(help: "The dead-letter queue (a stage, a queue name or logical id, or a URL).")
    var queue: String

    @Option(help: "Read at most this many messages.")
    var limit = 1000

    @Flag(help: "Print JSON: {queue, messages:[{messageId, taskId, version, stage, receiveCount, attempts, sentAt, firstReceivedAt, lastAttemptAt, ageSeconds, reason, sourceQueue}]}.")
    var json = false

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
    }

    struct Output: Encodable {
        let queue: String
        let messages: [DeadLetterEntry]
    }

    func run() async throws {
        try await operate {
            let dlq = try await DeadLetterQueue.resolve(queue, options: stack)
            let peek = dlq.peek()
            let messages = try await peek.collect(limit: limit)
            await peek.release(messages)
            let now = Date().millisecondsSince1970
            let filter = filters.filter
            let details = TaskDetails()
            var entries: [DeadLetterEntry] = []
            for message in messages {
                var entry = DeadLetterEntry(message, defaultStage: dlq.stage, now: now)
                guard filter.matches(entry) else { continue }
                await entry.enrich(from: details)
                entries.append(entry)
            }
            if json {
                try OpsOutput.json(Output(queue: dlq.name, messages: entries))
                return
            }
            var table = TextTable(DeadLetterEntry.tableHeaders)
            entries.forEach { table.add($0.tableRow) }
            if !entries.isEmpty { print(table.render()) }
            let shown = filter.isEmpty ? "" : " (\(entries.count) match the filters)"
            print("\(messages.count) message(s) in \(dlq.name)\(shown)")
        }
    }
}
