import Foundation
import RecordAgents
import RecordRules

/// The varied teacher notes in Tests/Fixtures/notes.json (the offline engine's benchmark reads them too).
public struct NoteFixture: Decodable, Sendable, CustomTestStringConvertible {
    public let name: String
    public let section: String
    public let subject: String?
    public let targetBytes: Int?
    public let extraForbiddenTerms: [String]?
    public let notes: String
    /// Words that must not survive into any draft.
    public let mustNotContain: [String]?

    public var testDescription: String { name }

    public func request() throws -> DraftRequest {
        try DraftRequest(
            notes: notes, section: try Section.parse(section), subject: subject, targetBytes: targetBytes,
            extraForbiddenTerms: extraForbiddenTerms ?? [])
    }

    public static let all: [NoteFixture] = {
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
