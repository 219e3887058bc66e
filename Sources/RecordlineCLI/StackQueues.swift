import QueueClient
import SAMTemplate
import TaskStore

/// The stack's queues by name: each stage's queue and its dead-letter queue.
struct StackQueues: Equatable {
    struct Queue: Equatable {
        let name: String
        let logicalId: String?
        /// The name of its dead-letter queue, for queues with a redrive policy.
        let deadLetterQueue: String?
        /// The stage that consumes it (or whose messages it holds, for a dead-letter queue).
        let stage: PipelineStage?
    }

    let queues: [Queue]

    init(queues: [Queue]) {
        self.queues = queues
    }

    /// From the template: queues in template order, the stage from a function's SQS event.
    init(template: Template) {
        var stageByQueue: [String: PipelineStage] = [:]
        for function in template.functions {
            for case .sqs(let event) in function.events {
                stageByQueue[event.queue] = PipelineStage.allCases.first { function.name.hasSuffix($0.rawValue) || function.logicalId.lowercased().hasPrefix($0.rawValue) }
            }
        }
        let names = Dictionary(uniqueKeysWithValues: template.queues.map { ($0.logicalId, $0.name) })
        var queues: [Queue] = []
        for queue in template.queues {
            let stage = stageByQueue[queue.logicalId]
                ?? template.queues.first { $0.deadLetterQueue == queue.logicalId }.flatMap { stageByQueue[$0.logicalId] }
            queues.append(Queue(name: queue.name, logicalId: queue.logicalId, deadLetterQueue: queue.deadLetterQueue.flatMap { names[$0] }, stage: stage))
        }
        self.init(queues: queues)
    }

    /// Without a template: `<stack>-<stage>` and `<stack>-<stage>-dlq`.
    static func conventional(stackName: String) -> StackQueues {
        StackQueues(queues: PipelineStage.allCases.flatMap { stage in
            [
                Queue(name: "\(stackName)-\(stage.rawValue)", logicalId: nil, deadLetterQueue: "\(stackName)-\(stage.rawValue)-dlq", stage: stage),
                Queue(name: "\(stackName)-\(stage.rawValue)-dlq", logicalId: nil, deadLetterQueue: nil, stage: stage),
            ]
        })
    }

    var deadLetterQueueNames: [String] {
        queues.compactMap(\.deadLetterQueue)
    }

    /// The dead-letter queue an operator means: a stage (`refine`), a source queue (its DLQ), a dead-letter
    /// queue's name or logical id, or any other queue name or URL as given.
    func deadLetterQueue(_ reference: String) -> String {
        if let stage = PipelineStage(rawValue: reference),
            let queue = queues.first(where: { $0.stage == stage && $0.deadLetterQueue != nil }), let dlq = queue.deadLetterQueue
        {
            return dlq
        }
        if let queue = queues.first(where: { $0.name == reference || $0.logicalId == reference }) {
            return queue.deadLetterQueue ?? queue.name
        }
        return reference
    }

    /// The queue a name or logical id means, or the reference as given.
    func queueName(_ reference: String) -> String {
        if let stage = PipelineStage(rawValue: reference), let queue = queues.first(where: { $0.stage == stage && $0.deadLetterQueue != nil }) {
            return queue.name
        }
        return queues.first { $0.logicalId == reference }?.name ?? reference
    }

    /// The stage whose messages a dead-letter queue holds.
    func stage(ofDeadLetterQueue name: String) -> PipelineStage? {
        queues.first { $0.deadLetterQueue == name }?.stage
    }

    /// A queue's URL from its name (GetQueueUrl), or the URL itself; an unknown queue is reported with
    /// the names the stack has.
    func url(of nameOrURL: String, client: QueueClient) async throws -> String {
        if nameOrURL.hasPrefix("http://") || nameOrURL.hasPrefix("https://") { return nameOrURL }
        do {
            return try await client.queueURL(named: nameOrURL)
        } catch {
            guard error.serviceError?.is(.queueDoesNotExist) == true else { throw OpsFailure.queueFailure(error) }
            let known = deadLetterQueueNames.joined(separator: ", ")
            throw OpsFailure(.notFound, "no queue named \(nameOrURL) at \(client.configuration.endpoint.url) (the stack's dead-letter queues: \(known))")
        }
    }
}

/// The last part of a queue ARN or URL: the queue's name.
func queueName(fromARNOrURL value: String) -> String {
    String(value.split(whereSeparator: { $0 == ":" || $0 == "/" }).last ?? Substring(value))
}
