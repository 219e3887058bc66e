import ArgumentParser
import Foundation
import QueueClient
import TimeUnits

/// `recordline dlq redrive QUEUE`: sends dead-lettered messages back to be processed again.
struct DLQRedriveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "redrive",
        abstract: "Move dead-lettered messages back to their source queue: all of them (--all, a move task) or selected ones (send, then delete).",
        discussion: """
            --all starts a StartMessageMoveTask and follows it with ListMessageMoveTasks (send-then-delete \
            where the service has no move tasks). --message-id and the filters select messages, each sent \
            to its source queue and deleted from the dead-letter queue only after the send succeeded.
            """)

    @OptionGroup var stack: StackOptions
    @OptionGroup var filters: MessageFilterOptions

    @Argument(help: "The dead-letter queue.")
    var queue: String

    @Option(name: .customLong("message-id"), help: "A message to move (repeatable).")
    var messageIDs: [String] = []

    @Flag(help: "Move every message.")
    var all = false

    @Option(help: "At most this many messages per second (1 to 500 with --all, as SQS allows).")
    var rate: Int?

    @Option(help: "Send to this queue instead of each message's source queue.")
    var to: String?

    @Flag(name: .customLong("dry-run"), help: "Show what would move; change nothing.")
    var dryRun = false

    @Flag(help: "Do not ask for confirmation.")
    var yes = false

    @Flag(help: "Print the summary as JSON: {queue, method, status, moved, toMove, sendFailed, deleteFailed, notFound, seconds, perSecond}.")
    var json = false

    func validate() throws {
        let selects = !messageIDs.isEmpty || !filters.filter.isEmpty
        guard all != selects else { throw ValidationError("give either --all or a selection (--message-id, --task, --stage, --older-than, --newer-than)") }
        if let rate {
            guard rate >= 1 else { throw ValidationError("--rate must be at least 1") }
            if all && rate > 500 { throw ValidationError("--rate must be 1 to 500 with --all (the SQS limit for move tasks)") }
        }
    }

    func run() async throws {
        try await operate {
            let dlq = try await DeadLetterQueue.resolve(queue, options: stack)
            let summary = all ? try await redriveAll(dlq) : try await redriveSelected(dlq)
            guard let summary else { return }
            if json {
                try OpsOutput.json(summary)
            } else {
                print(summary.text)
            }
            if !summary.notFound.isEmpty { throw OpsFailure(.notFound, "not in \(dlq.name): \(summary.notFound.joined(separator: ", "))") }
            if !summary.succeeded { throw ExitCode(OpsExitCode.partial.rawValue) }
        }
    }

    /// The explicit destination's URL, if `--to` was given.
    private func destinationURL(_ dlq: DeadLetterQueue) async throws -> String? {
        guard let to else { return nil }
        return try await dlq.stack.url(of: dlq.stack.queueName(to), client: dlq.client)
    }

    private func redriveAll(_ dlq: DeadLetterQueue) async throws -> RedriveSummary? {
        let attributes = try await dlq.client.queueAttributes(of: dlq.url, names: ["QueueArn", "ApproximateNumberOfMessages"])
        let count = attributes["ApproximateNumberOfMessages"].flatMap { Int($0) } ?? 0
        let destination = try await destinationURL(dlq)
        let sources = try await dlq.client.deadLetterSourceQueues(of: dlq.url).map(queueName(fromARNOrURL:))
        let target = destination.map(queueName(fromARNOrURL:)) ?? (sources.isEmpty ? "their source queues" : sources.joined(separator: ", "))
        if dryRun {
            if json {
                try OpsOutput.json(DryRun(queue: dlq.name, destination: target, messages: count, selected: nil))
            } else {
                print("dry run: would move about \(count) message(s) from \(dlq.name) to \(target)")
            }
            return nil
        }
        guard count > 0 else {
            OpsOutput.note("\(dlq.name) is empty: nothing to redrive")
            return RedriveSummary(queue: dlq.name, method: "move-task", status: "COMPLETED", moved: 0, toMove: 0)
        }
        try Confirmation.require("Move about \(count) message(s) from \(dlq.name) to \(target)?", yes: yes)
        guard let sourceARN = attributes["QueueArn"] else { throw OpsFailure(.partial, "\(dlq.name) reports no QueueArn") }
        var destinationARN: String?
        if let destination {
            destinationARN = try await dlq.client.queueAttributes(of: destination, names: ["QueueArn"])["QueueArn"]
        }
        let moveTask = MoveTaskRedrive(dlq: dlq, sourceARN: sourceARN, destinationARN: destinationARN, rate: rate)
        let outcome: Result<RedriveSummary, QueueClientError>
        do {
            outcome = .success(try await moveTask.run(expected: count))
        } catch {
            outcome = .failure(error)
        }
        switch outcome {
        case .success(let summary):
            return summary
        case .failure(let error):
            guard MoveTaskRedrive.unsupported(error) else { throw error }
            OpsOutput.note("the endpoint has no message move tasks; moving with send-then-delete")
            return try await sendThenDelete(dlq, destination: destination, select: { _ in true }, expected: count)
        }
    }

    private func redriveSelected(_ dlq: DeadLetterQueue) async throws -> RedriveSummary? {
        let filter = filters.filter
        let wanted = Set(messageIDs)
        let now = Date().millisecondsSince1970
        let select = { (message: ReceivedMessage) -> Bool in
            (wanted.isEmpty || wanted.contains(message.messageID)) && filter.matches(DeadLetterEntry(message, defaultStage: dlq.stage, now: now))
        }
        let destination = try await destinationURL(dlq)
        if dryRun {
            let peek = dlq.peek()
            let messages = try await peek.collect(limit: 100_000)
            await peek.release(messages)
            let selected = messages.filter(select)
            if json {
                try OpsOutput.json(DryRun(
                    queue: dlq.name, destination: destination.map(queueName(fromARNOrURL:)) ?? "source queue", messages: messages.count,
                    selected: selected.map { DeadLetterEntry($0, defaultStage: dlq.stage, now: now) }))
            } else {
                var table = TextTable(Array(DeadLetterEntry.tableHeaders.dropLast()) + ["TO"])
                for message in selected {
                    let target = try await Self.sourceQueueName(message, dlq: dlq, explicit: destination)
                    table.add(Array(DeadLetterEntry(message, defaultStage: dlq.stage, now: now).tableRow.dropLast()) + [target])
                }
                if !selected.isEmpty { print(table.render()) }
                print("dry run: would move \(selected.count) of \(messages.count) message(s) from \(dlq.name)")
            }
            return nil
        }
        try Confirmation.require("Move the selected messages from \(dlq.name) back to their source queue?", yes: yes)
        var summary = try await sendThenDelete(dlq, destination: destination, select: select, expected: wanted.isEmpty ? nil : wanted.count)
        summary.notFound = wanted.isEmpty ? [] : Array(wanted.subtracting(summary.movedIDs)).sorted()
        return summary
    }

    private func sendThenDelete(
        _ dlq: DeadLetterQueue, destination: String?, select: @escaping (ReceivedMessage) -> Bool, expected: Int?
    ) async throws -> RedriveSummary {
        let resolver = SourceQueueResolver(dlq: dlq, explicit: destination)
        let wanted = Set(messageIDs)
        var redrive = SendThenDeleteRedrive(
            dlq: dlq, select: select, destination: { try await resolver.url(for: $0) }, pacer: RatePacer(perSecond: rate))
        if !wanted.isEmpty { redrive.done = { wanted.isSubset(of: $0) } }
        return try await redrive.run(expected: expected)
    }

    static func sourceQueueName(_ message: ReceivedMessage, dlq: DeadLetterQueue, explicit: String?) async throws -> String {
        queueName(fromARNOrURL: try await SourceQueueResolver(dlq: dlq, explicit: explicit).url(for: message))
    }

    struct DryRun: Encodable {
        let dryRun = true
        let queue: String
        let destination: String
        let messages: Int
        let selected: [DeadLetterEntry]?
    }
}

/// Where a dead-lettered message goes back to: `--to`, else the `DeadLetterQueueSourceArn` the
/// service recorded, else the one queue whose redrive policy names the dead-letter queue.
final class SourceQueueResolver {
    private let dlq: DeadLetterQueue
    private let explicit: String?
    private var urls: [String: String] = [:]
    private var onlySource: String??

    init(dlq: DeadLetterQueue, explicit: String?) {
        self.dlq = dlq
        self.explicit = explicit
    }

    func url(for message: ReceivedMessage) async throws -> String {
        if let explicit { return explicit }
        if let arn = message.attributes["DeadLetterQueueSourceArn"] {
            let name = queueName(fromARNOrURL: arn)
            if let url = urls[name] { return url }
            let url = try await dlq.stack.url(of: name, client: dlq.client)
            urls[name] = url
            return url
        }
        if onlySource == nil {
            let sources = try await dlq.client.deadLetterSourceQueues(of: dlq.url)
            onlySource = .some(sources.count == 1 ? sources[0] : nil)
        }
        guard let source = onlySource ?? nil else {
            throw OpsFailure(.partial, "message \(message.messageID) does not say which queue it came from and \(dlq.name) has no single source queue: give --to")
        }
        return source
    }
}
