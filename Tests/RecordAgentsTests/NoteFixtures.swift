import Foundation
import RecordAgents
import RecordRules

/// The varied teacher notes in Tests/Fixtures/notes.json, shared with the benchmark.
struct NoteFixture: Decodable, Sendable, CustomTestStringConvertible {
    let name: String
    let section: String
    let subject: String?
    let targetBytes: Int?
    let extraForbiddenTerms: [String]?
    let notes: String
    /// Words that must not survive into any draft.
    let mustNotContain: [String]?

    var testDescription: String { name }

    func request() throws -> DraftRequest {
        try DraftRequest(
            notes: notes, section: try Section.parse(section), subject: subject, targetBytes: targetBytes,
            extraForbiddenTerms: extraForbiddenTerms ?? [])
    }

    static let all: [NoteFixture] = {
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
