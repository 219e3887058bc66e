import ArgumentParser
import QueueClient

/// `recordline dlq delete QUEUE MESSAGE-ID…`: deletes chosen messages from a dead-letter queue.
struct DLQDeleteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Delete the given messages from a dead-letter queue (asks first unless --yes).")

    @OptionGroup var stack: StackOptions

    @Argument(help: "The dead-letter queue.")
    var queue: String

    @Argument(help: "The message ids to delete.")
    var messageIDs: [String]

    @Flag(help: "Do not ask for confirmation.")
    var yes = false

    @Flag(help: "Print {queue, deleted, notFound} as JSON.")
    var json = false

    struct Output: Encodable {
        let queue: String
        let deleted: [String]
        let notFound: [String]
    }

    func validate() throws {
        guard !messageIDs.isEmpty else { throw ValidationError("give at least one message id") }
    }

    func run() async throws {
        try await operate {
            let dlq = try await DeadLetterQueue.resolve(queue, options: stack)
            let wanted = Set(messageIDs)
            try Confirmation.require("Delete \(wanted.count) message(s) from \(dlq.name) for good?", yes: yes)
            let peek = dlq.peek()
            let messages = try await peek.collect(limit: 100_000) { found in wanted.isSubset(of: Set(found.map(\.messageID))) }
            let chosen = messages.filter { wanted.contains($0.messageID) }
            var deleted: [String] = []
            if !chosen.isEmpty {
                let result = try await dlq.client.deleteMessageBatch(
                    from: dlq.url, chosen.enumerated().map { ReceiptEntry(id: "d\($0.offset)", receiptHandle: $0.element.receiptHandle) })
                deleted = result.successful.compactMap { Int($0.dropFirst()) }.map { chosen[$0].messageID }
            }
            await peek.release(messages.filter { !deleted.contains($0.messageID) })
            let notFound = wanted.subtracting(deleted).sorted()
            if json {
                try OpsOutput.json(Output(queue: dlq.name, deleted: deleted.sorted(), notFound: notFound))
            } else {
                print("deleted \(deleted.count) message(s) from \(dlq.name)" + (notFound.isEmpty ? "" : "; not found: \(notFound.joined(separator: ", "))"))
            }
            if !notFound.isEmpty { throw ExitCode(OpsExitCode.notFound.rawValue) }
        }
    }
}
