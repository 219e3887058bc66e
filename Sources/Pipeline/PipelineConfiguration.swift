/// Where each stage forwards to and when a delivery is the last one, from the function's environment
/// (the template sets these from its queues and parameters).
public struct PipelineConfiguration: Sendable, Equatable {
    public var draftQueueURL: String
    public var refineQueueURL: String
    public var finalizeQueueURL: String
    /// The queues' `maxReceiveCount`: the delivery with this receive count is the final attempt.
    public var maxReceiveCount: Int

    public init(draftQueueURL: String, refineQueueURL: String, finalizeQueueURL: String, maxReceiveCount: Int) {
        self.draftQueueURL = draftQueueURL
        self.refineQueueURL = refineQueueURL
        self.finalizeQueueURL = finalizeQueueURL
        self.maxReceiveCount = maxReceiveCount
    }

    public static func fromEnvironment(_ environment: [String: String]) throws(PipelineError) -> PipelineConfiguration {
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
        return PipelineConfiguration(
            draftQueueURL: try url("DRAFT_QUEUE_URL"), refineQueueURL: try url("REFINE_QUEUE_URL"),
            finalizeQueueURL: try url("FINALIZE_QUEUE_URL"), maxReceiveCount: maxReceiveCount)
    }
}
