import ArgumentParser

/// `recordline dlq purge QUEUE`: deletes every message of a dead-letter queue.
struct DLQPurgeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "purge",
        abstract: "Delete every message of a dead-letter queue (asks first unless --yes).")

    @OptionGroup var stack: StackOptions

    @Argument(help: "The dead-letter queue.")
    var queue: String

    @Flag(help: "Do not ask for confirmation.")
    var yes = false

    @Flag(help: "Print {queue, purged} as JSON.")
    var json = false

    struct Output: Encodable {
        let queue: String
        /// The queue's approximate depth just before the purge.
        let purged: Int
    }

    func run() async throws {
        try await operate {
            let dlq = try await DeadLetterQueue.resolve(queue, options: stack)
            let depth = try await dlq.approximateDepth()
            try Confirmation.require("Delete all (about \(depth)) messages of \(dlq.name) for good?", yes: yes)
            try await dlq.client.purgeQueue(dlq.url)
            if json {
                try OpsOutput.json(Output(queue: dlq.name, purged: depth))
            } else {
                print("purged \(dlq.name) (about \(depth) message(s))")
            }
        }
    }
}
