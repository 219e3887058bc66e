import Foundation
import RecordAgents
import RecordRules

/// The three versions as `recordline draft` prints them.
struct DraftOutput: Encodable {
    /// The notes as numbered sentences, which each version's `report.sentences[].sources` point at.
    let notes: [NotesSentences.Sentence]
    let versions: [FinalVersion]

    func jsonString() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    func humanReadable(limit: Int) -> String {
        versions.map { version in
            let strategy = DraftStrategy(version: version.version)?.koreanName ?? ""
            var lines = ["── 초안 \(version.version) (\(strategy)) · \(version.bytes)/\(limit) 바이트 · \(version.report.passes ? "규칙 통과" : "규칙 위반")"]
            lines.append(version.text)
            for violation in version.report.violations {
                let mark = violation.severity == .block ? "✗" : "!"
                let excerpt = violation.excerpt.isEmpty ? "" : " '\(violation.excerpt)'"
                lines.append("  \(mark) [\(violation.category.koreanName)]\(excerpt): \(violation.reason)")
            }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n\n")
    }
}
