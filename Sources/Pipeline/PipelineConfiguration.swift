import TaskStore

/// Where each stage forwards to and when a delivery is the last one, from the function's environment
/// (the template sets these from its queues and parameters).
package struct PipelineConfiguration: Sendable, Equatable {
    package var draftQueueURL: String
    package var refineQueueURL: String
    package var finalizeQueueURL: String
    /// The queues' `maxReceiveCount`: the delivery with this receive count is the final attempt.
    package var maxReceiveCount: Int
    /// Each stage queue's dead-letter queue URL, named in alerts (`<STAGE>_DEAD_LETTER_QUEUE_URL`; optional).
    package var deadLetterQueueURLs: [PipelineStage: String]
    /// How many of a teacher's tasks the stages take at once, and how long the rest may be held.
    package var fairness: StageFairness

    package init(
        draftQueueURL: String, refineQueueURL: String, finalizeQueueURL: String, maxReceiveCount: Int,
        deadLetterQueueURLs: [PipelineStage: String] = [:], fairness: StageFairness = StageFairness()
    ) {
        self.fairness = fairness
        self.draftQueueURL = draftQueueURL
        self.refineQueueURL = refineQueueURL
        self.finalizeQueueURL = finalizeQueueURL
        self.maxReceiveCount = maxReceiveCount
        self.deadLetterQueueURLs = deadLetterQueueURLs
    }

    /// The last path component of the stage's dead-letter queue URL.
    package func deadLetterQueueName(_ stage: PipelineStage) -> String? {
        deadLetterQueueURLs[stage].flatMap { $0.split(separator: "/").last.map(String.init) }
    }

    package static func fromEnvironment(_ environment: [String: String]) throws(PipelineError) -> PipelineConfiguration {
        func url(_ name: String) throws(PipelineError) -> String {
            guard let value = environment[name], value.hasPrefix("http://") || value.hasPrefix("https://") else {
                throw .configuration("\(name) must be the queue's URL")
            }
            return value
        }
        let count = environment["RECORDLINE_MAX_RECEIVE_COUNT"] ?? "3"
        guard let maxReceiveCount = Int(count), (1...1000).contains(maxReceiveCount) else {
            throw .configuration("RECORDLINE_MAX_RECEIVE_COUNT must be 1 to 1000, got '\(count)'")
        }
        var deadLetterQueueURLs: [PipelineStage: String] = [:]
        for stage in PipelineStage.allCases {
            let name = "\(stage.rawValue.uppercased())_DEAD_LETTER_QUEUE_URL"
            if environment[name]?.isEmpty == false { deadLetterQueueURLs[stage] = try url(name) }
        }
        return PipelineConfiguration(
            draftQueueURL: try url("DRAFT_QUEUE_URL"), refineQueueURL: try url("REFINE_QUEUE_URL"),
            finalizeQueueURL: try url("FINALIZE_QUEUE_URL"), maxReceiveCount: maxReceiveCount,
            deadLetterQueueURLs: deadLetterQueueURLs, fairness: try StageFairness.fromEnvironment(environment))
    }
}
