import RecordRules

/// A draft as it travels between the stages: which of the three it is and its current text.
public struct DraftVersion: Sendable, Codable, Equatable {
    public let version: Int
    public var text: String

    public init(version: Int, text: String) {
        self.version = version
        self.text = text
    }
}

/// A finished version: the text offered to the teacher, its NEIS bytes and the full rule report.
public struct FinalVersion: Sendable, Codable, Equatable {
    public let version: Int
    public let text: String
    public let bytes: Int
    public let report: RuleReport

    public init(version: Int, text: String, bytes: Int, report: RuleReport) {
        self.version = version
        self.text = text
        self.bytes = bytes
        self.report = report
    }
}

/// Why a stage could not produce a version; the message is shown to the teacher.
public struct StageFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public let reason: String
    /// Model calls made before the stage gave up: paid for, so still counted.
    public let usage: [ModelCallUsage]

    public init(reason: String, usage: [ModelCallUsage] = []) {
        self.reason = reason
        self.usage = usage
    }

    public var description: String { reason }
}

/// The three stage behaviours, implemented by the offline engine and by model-backed agents.
/// `deadline` is when the invocation must have its answer: a model-backed agent bounds its calls by
/// it and leaves time to fall back to the offline engine.
public protocol StageAgent: Sendable {
    /// Agent 1: reads the notes and writes three deliberately different drafts.
    func draft(_ request: DraftRequest, deadline: ContinuousClock.Instant) async throws -> StageResult<[Produced<DraftVersion>]>
    /// Agent 2: removes forbidden content and negative wording from one version.
    func refine(_ version: DraftVersion, request: DraftRequest, deadline: ContinuousClock.Instant) async throws
        -> StageResult<Produced<DraftVersion>>
    /// Agent 3: fits the byte budget and the 음슴체 style, and checks every rule again.
    func finalize(_ version: DraftVersion, request: DraftRequest, deadline: ContinuousClock.Instant) async throws
        -> StageResult<Produced<FinalVersion>>
}
