import Foundation
import RecordAgents
import RecordRules

/// The varied teacher notes in Tests/Fixtures/notes.json (the offline engine's benchmark reads them too).
package struct NoteFixture: Decodable, Sendable, CustomTestStringConvertible {
    package let name: String
    package let section: String
    package let subject: String?
    package let targetBytes: Int?
    package let extraForbiddenTerms: [String]?
    package let notes: String
    /// Words that must not survive into any draft.
    package let mustNotContain: [String]?

    package var testDescription: String { name }

    package func request() throws -> DraftRequest {
        try DraftRequest(
            notes: notes, section: try Section.parse(section), subject: subject, targetBytes: targetBytes,
            extraForbiddenTerms: extraForbiddenTerms ?? [])
    }

    package static let all: [NoteFixture] = {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/notes.json")
        do {
            return try JSONDecoder().decode([NoteFixture].self, from: Data(contentsOf: url))
        } catch {
            fatalError("cannot load \(url.path): \(error)")
        }
    }()
}

import Testing
