import ArgumentParser
import QueueClient
import TaskStore

/// `recordline dlq …`: inspect, redrive, purge and delete dead-lettered messages.
struct DLQCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dlq",
        abstract: "Inspect and redrive the dead-letter queues.",
        discussion: """
            QUEUE is a stage (draft, refine, finalize), a stage queue (its dead-letter queue is meant), a \
            dead-letter queue's name or logical id, or a queue URL. Student text in message bodies is \
            redacted unless --reveal is given.
            """,
        subcommands: [
            DLQListCommand.self, DLQShowCommand.self, DLQRedriveCommand.self, DLQPurgeCommand.self, DLQDeleteCommand.self,
        ])
}

/// A dead-letter queue an operator named, resolved to its URL.
struct DeadLetterQueue {
    let name: String
    let url: String
    /// The stage whose messages it holds.
    let stage: PipelineStage?
    let client: QueueClient
    let stack: StackQueues

    static func resolve(_ reference: String, options: StackOptions) async throws -> DeadLetterQueue {
        let stack = try options.stackQueues()
        let client = try options.queueClient()
        let name = stack.deadLetterQueue(reference)
        let url = try await stack.url(of: name, client: client)
        let resolvedName = queueName(fromARNOrURL: url)
        return DeadLetterQueue(name: resolvedName, url: url, stage: stack.stage(ofDeadLetterQueue: resolvedName), client: client, stack: stack)
    }

    func peek(holdSeconds: Int = 30) -> DeadLetterPeek {
        DeadLetterPeek(client: client, queueURL: url, holdSeconds: holdSeconds)
    }

    func approximateDepth() async throws -> Int {
        let attributes = try await client.queueAttributes(of: url, names: ["ApproximateNumberOfMessages"])
        return attributes["ApproximateNumberOfMessages"].flatMap { Int($0) } ?? 0
    }
}
