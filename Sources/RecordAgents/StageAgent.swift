import RecordRules

/// A draft as it travels between the stages: which of the three it is and its current text.
package struct DraftVersion: Sendable, Codable, Equatable {
    package let version: Int
    package var text: String

    package init(version: Int, text: String) {
        self.version = version
        self.text = text
    }
}

/// A finished version: the text offered to the teacher, its NEIS bytes and the full rule report.
package struct FinalVersion: Sendable, Codable, Equatable {
    package let version: Int
    package let text: String
    package let bytes: Int
    package let report: RuleReport

    package init(version: Int, text: String, bytes: Int, report: RuleReport) {
        self.version = version
        self.text = text
        self.bytes = bytes
        self.report = report
    }
}

/// Why a stage could not produce a version; the message is shown to the teacher.
package struct StageFailure: Error, Sendable, Equatable, CustomStringConvertible {
    package let reason: String
    /// Model calls made before the stage gave up: paid for, so still counted.
    package let usage: [ModelCallUsage]

    package init(reason: String, usage: [ModelCallUsage] = []) {
        self.reason = reason
        self.usage = usage
    }

    package var description: String { reason }
}

/// The three stage behaviours, implemented by the offline engine and by model-backed agents.
/// `deadline` is when the invocation must have its answer: a model-backed agent bounds its calls by
/// it and leaves time to fall back to the offline engine.
package protocol StageAgent: Sendable {
    /// Agent 1: reads the notes and writes three deliberately different drafts.
    func draft(_ request: DraftRequest, deadline: ContinuousClock.Instant) async throws -> StageResult<[Produced<DraftVersion>]>
    /// Agent 2: removes forbidden content and negative wording from one version.
    func refine(_ version: DraftVersion, request: DraftRequest, deadline: ContinuousClock.Instant) async throws
        -> StageResult<Produced<DraftVersion>>
    /// Agent 3: fits the byte budget and the 음슴체 style, and checks every rule again.
    func finalize(_ version: DraftVersion, request: DraftRequest, deadline: ContinuousClock.Instant) async throws
        -> StageResult<Produced<FinalVersion>>
}
