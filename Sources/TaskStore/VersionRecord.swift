/// The version hash `task:<id>:v<n>`: one of the drafts as it moves through refine and finalize.
public struct VersionRecord: Sendable, Equatable {
    public var number: Int
    public var status: VersionStatus
    public var stages: [PipelineStage: StageStatus]
    public var text: String?
    /// NEIS bytes of `text`.
    public var bytes: Int?
    /// The rule-check report as JSON; opaque to the store.
    public var reportJSON: String?
    public var failureReason: String?
    /// Which engine wrote the version at each stage: `offline`, or `model:<name>` (see `Producer`).
    public var producers: [PipelineStage: String]
    /// The text each stage starts from (refine: the draft, finalize: the refined text), kept here so
    /// queue messages carry only ids and student text stays under the task's keys, TTL and delete.
    public var inputs: [PipelineStage: String]

    public init(
        number: Int,
        status: VersionStatus = .pending,
        stages: [PipelineStage: StageStatus] = [:],
        text: String? = nil,
        bytes: Int? = nil,
        reportJSON: String? = nil,
        failureReason: String? = nil,
        producers: [PipelineStage: String] = [:],
        inputs: [PipelineStage: String] = [:]
    ) {
        self.number = number
        self.status = status
        self.stages = stages
        self.text = text
        self.bytes = bytes
        self.reportJSON = reportJSON
        self.failureReason = failureReason
        self.producers = producers
        self.inputs = inputs
    }
}

public enum VersionStatus: String, Sendable, Codable, CaseIterable {
    case pending
    case running
    case completed
    case failed
}

public enum StageStatus: String, Sendable, Codable, CaseIterable {
    case pending
    case running
    case done
    case failed
}

/// A partial write to a version hash: only the fields that are set change.
public struct VersionUpdate: Sendable, Equatable {
    public var status: VersionStatus?
    public var stages: [PipelineStage: StageStatus]
    public var text: String?
    public var bytes: Int?
    public var reportJSON: String?
    public var failureReason: String?
    public var producers: [PipelineStage: String]
    /// The text a stage starts from, by stage.
    public var inputs: [PipelineStage: String]

    public init(
        status: VersionStatus? = nil,
        stages: [PipelineStage: StageStatus] = [:],
        text: String? = nil,
        bytes: Int? = nil,
        reportJSON: String? = nil,
        failureReason: String? = nil,
        producers: [PipelineStage: String] = [:],
        inputs: [PipelineStage: String] = [:]
    ) {
        self.status = status
        self.stages = stages
        self.text = text
        self.bytes = bytes
        self.reportJSON = reportJSON
        self.failureReason = failureReason
        self.producers = producers
        self.inputs = inputs
    }
}
