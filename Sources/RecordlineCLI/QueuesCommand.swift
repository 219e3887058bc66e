import ArgumentParser
import Foundation
import QueueClient
import TimeUnits

/// `recordline queues`: every queue of the stack with its depth, its dead-letter queue and that queue's depth.
struct QueuesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "queues",
        abstract: "Show the stack's queues: visible, in-flight and delayed messages, dead-letter queue and its depth, oldest dead-lettered message.",
        discussion: """
            The queues are the template's (with --stack-name), or every queue whose name starts with --prefix. \
            The oldest message's age is measured on the dead-letter queues by peeking at up to ten messages \
            (released at once); stage queues are never peeked, since a receive there counts toward their \
            maxReceiveCount. --no-peek leaves the ages out.
            """)

    @OptionGroup var stack: StackOptions

    @Option(help: "List every queue whose name starts with this instead of the template's.")
    var prefix: String?

    @Flag(help: "Refresh until interrupted.")
    var watch = false

    @Option(help: "Seconds between refreshes with --watch.")
    var interval: Double = 2

    @Flag(name: .customLong("no-peek"), help: "Do not peek at dead-letter queues for the oldest message's age.")
    var noPeek = false

    @Flag(help: "Print JSON: {queues:[{name, visible, inFlight, delayed, deadLetterQueue, deadLetterDepth, oldestAgeSeconds, isDeadLetterQueue}]}; one line per refresh with --watch.")
    var json = false

    func validate() throws {
        guard interval >= 0.2 else { throw ValidationError("--interval must be at least 0.2 seconds") }
    }

    struct QueueStatus: Encodable, Equatable {
        let name: String
        let visible: Int
        let inFlight: Int
        let delayed: Int
        let deadLetterQueue: String?
        var deadLetterDepth: Int?
        let isDeadLetterQueue: Bool
        /// Seconds since the oldest message seen was sent (dead-letter queues; a sample of up to ten).
        var oldestAgeSeconds: Int64?
    }

    struct Output: Encodable {
        let endpoint: String
        let queues: [QueueStatus]
    }

    func run() async throws {
        try await operate {
            let stackQueues = try stack.stackQueues()
            let client = try stack.queueClient()
            repeat {
                let statuses = try await snapshot(stackQueues, client: client)
                let output = Output(endpoint: client.configuration.endpoint.url, queues: statuses)
                if json {
                    try OpsOutput.json(output, compact: watch)
                } else {
                    if watch && isatty(STDOUT_FILENO) == 1 { print("\u{1B}[H\u{1B}[2J", terminator: "") }
                    print(Self.table(output))
                    if watch { print("refreshed \(DurationText.timestamp(Date().millisecondsSince1970)) · every \(interval) s · Ctrl-C stops") }
                }
                fflush(nil)
                if watch { try await Task.sleep(for: .milliseconds(Int64(interval * 1000))) }
            } while watch
        }
    }

    private func snapshot(_ stackQueues: StackQueues, client: QueueClient) async throws -> [QueueStatus] {
        var names: [String]
        if let prefix {
            names = try await client.allQueueURLs(prefix: prefix).map(queueName(fromARNOrURL:)).sorted()
        } else {
            names = stackQueues.queues.map(\.name)
        }
        var statuses: [QueueStatus] = []
        var missing: [String] = []
        for name in names {
            let url: String
            do {
                url = try await client.queueURL(named: name)
            } catch {
                guard error.serviceError?.is(.queueDoesNotExist) == true else { throw error }
                missing.append(name)
                continue
            }
            let attributes = try await client.queueAttributes(of: url, names: ["All"])
            let count = { (key: String) in attributes[key].flatMap { Int($0) } ?? 0 }
            let deadLetterQueue = attributes["RedrivePolicy"].flatMap(Self.deadLetterTarget).map(queueName(fromARNOrURL:))
            let isDeadLetterQueue = stackQueues.deadLetterQueueNames.contains(name) || name.hasSuffix("-dlq")
            var status = QueueStatus(
                name: name, visible: count("ApproximateNumberOfMessages"), inFlight: count("ApproximateNumberOfMessagesNotVisible"),
                delayed: count("ApproximateNumberOfMessagesDelayed"), deadLetterQueue: deadLetterQueue, deadLetterDepth: nil,
                isDeadLetterQueue: isDeadLetterQueue)
            if isDeadLetterQueue && !noPeek && status.visible > 0 {
                status.oldestAgeSeconds = try await oldestAge(client: client, url: url)
            }
            statuses.append(status)
        }
        if statuses.isEmpty && !names.isEmpty {
            throw OpsFailure(.notFound, "none of the queues exist at \(client.configuration.endpoint.url): \(missing.joined(separator: ", ")) (wrong --stack-name, --template or endpoint?)")
        }
        if !missing.isEmpty { OpsOutput.note("note: missing at this endpoint: \(missing.joined(separator: ", "))") }
        let depth = Dictionary(statuses.map { ($0.name, $0.visible + $0.inFlight + $0.delayed) }, uniquingKeysWith: { first, _ in first })
        for index in statuses.indices {
            if let dlq = statuses[index].deadLetterQueue { statuses[index].deadLetterDepth = depth[dlq] }
        }
        return statuses
    }

    private func oldestAge(client: QueueClient, url: String) async throws -> Int64? {
        let peek = DeadLetterPeek(client: client, queueURL: url, holdSeconds: 5)
        let sample = try await client.receiveMessages(from: url, ReceiveOptions(
            maxNumberOfMessages: 10, waitTimeSeconds: 0, visibilityTimeout: 5, systemAttributeNames: ["SentTimestamp"]))
        await peek.release(sample)
        let oldest = sample.compactMap { $0.attributes["SentTimestamp"].flatMap { Int64($0) } }.min()
        return oldest.map { max(0, Date().millisecondsSince1970 - $0) / 1000 }
    }

    /// `deadLetterTargetArn` of a RedrivePolicy attribute (a JSON document).
    static func deadLetterTarget(_ policy: String) -> String? {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(policy.utf8))) as? [String: Any] else { return nil }
        return object["deadLetterTargetArn"] as? String
    }

    static func table(_ output: Output) -> String {
        var table = TextTable(["QUEUE", "VISIBLE", "IN FLIGHT", "DELAYED", "DLQ", "DLQ DEPTH", "OLDEST"])
        for queue in output.queues {
            table.add([
                queue.name, String(queue.visible), String(queue.inFlight), String(queue.delayed), queue.deadLetterQueue ?? "–",
                queue.deadLetterDepth.map(String.init) ?? "–", queue.oldestAgeSeconds.map { DurationText.format(milliseconds: $0 * 1000) } ?? "–",
            ])
        }
        return table.render()
    }
}
