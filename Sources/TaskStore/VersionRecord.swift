/// The version hash `task:<id>:v<n>`: one of the drafts as it moves through refine and finalize.
package struct VersionRecord: Sendable, Equatable {
    package var number: Int
    package var status: VersionStatus
    package var stages: [PipelineStage: StageStatus]
    package var text: String?
    /// NEIS bytes of `text`.
    package var bytes: Int?
    /// The rule-check report as JSON; opaque to the store.
    package var reportJSON: String?
    package var failureReason: String?
    /// Which engine wrote the version at each stage: `offline`, or `model:<name>` (see `Producer`).
    package var producers: [PipelineStage: String]
    /// The text each stage starts from (refine: the draft, finalize: the refined text), kept here so
    /// queue messages carry only ids and student text stays under the task's keys, TTL and delete.
    package var inputs: [PipelineStage: String]

    package init(
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

package enum VersionStatus: String, Sendable, Codable, CaseIterable {
    case pending
    case running
    case completed
    case failed
}

package enum StageStatus: String, Sendable, Codable, CaseIterable {
    case pending
    case running
    case done
    case failed
}

/// A partial write to a version hash: only the fields that are set change.
package struct VersionUpdate: Sendable, Equatable {
    package var status: VersionStatus?
    package var stages: [PipelineStage: StageStatus]
    package var text: String?
    package var bytes: Int?
    package var reportJSON: String?
    package var failureReason: String?
    package var producers: [PipelineStage: String]
    /// The text a stage starts from, by stage.
    package var inputs: [PipelineStage: String]

    package init(
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
