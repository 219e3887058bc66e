/// Everything the rules say about one text: its NEIS bytes against the target, every finding with
/// its category, span and reason, which note paragraphs it reflects, and whether it passes.
public struct RuleReport: Sendable, Codable, Equatable {
    /// No blocking finding: the text may be offered to the teacher as it is.
    public let passes: Bool
    /// NEIS bytes under the official rule (what NEIS shows).
    public let bytes: Int
    /// Bytes under the over-counting safe profile.
    public let safeBytes: Int
    public let targetBytes: Int
    public let byteProfile: ByteProfile
    public let violations: [Violation]
    /// Present when the check had notes to compare with.
    public let paragraphs: [Coverage.Paragraph]?

    public var blocking: [Violation] { violations.filter { $0.severity == .block } }
}
