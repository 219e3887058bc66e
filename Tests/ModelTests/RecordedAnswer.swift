import Foundation
import RecordAgents
import RecordRules
import Testing

/// One answer recorded from a real model server (llama.cpp's server with Gemma 3 270M, by the
/// real-model tier with `RECORDLINE_RECORD_MODEL_ANSWERS`), kept in Tests/Fixtures/model-answers with
/// what it answered and what the parser and the rules must make of it.
struct RecordedAnswer: Decodable, Sendable, CustomTestStringConvertible {
    /// What the rules must make of the answer, written down after reading it.
    struct Expected: Decodable, Sendable {
        /// Whether the strict parser reads an answer out of it at all.
        let parses: Bool
        /// The versions a stage takes from the model (a draft's 1…3; refine's and finalize's 1).
        let accepted: [Int]
        /// What is wrong with it: "unreadable", or rule categories (raw values) the stage's checks find in
        /// the texts read out of it, the telling ones (a text that breaks every rule lists them all).
        let why: [String]
    }

    let name: String
    let stage: String
    let section: String
    let subject: String?
    let notes: String
    let targetBytes: Int?
    /// The version refine or finalize was given, as the prompt carried it.
    let draft: String?
    let response: String
    let expected: Expected

    var testDescription: String { name }

    func request() throws -> DraftRequest {
        try DraftRequest(notes: notes, section: try Section.parse(section), subject: subject, targetBytes: targetBytes)
    }

    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/model-answers")

    static let all: [RecordedAnswer] = {
        struct File: Decodable {
            let stage: String
            let section: String
            let subject: String?
            let notes: String
            let targetBytes: Int?
            let draft: String?
            let response: String
            let expected: Expected
        }
        do {
            let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".json") }.sorted()
            return try names.map { name in
                let file = try JSONDecoder().decode(File.self, from: Data(contentsOf: directory.appendingPathComponent(name)))
                return RecordedAnswer(
                    name: name, stage: file.stage, section: file.section, subject: file.subject, notes: file.notes,
                    targetBytes: file.targetBytes, draft: file.draft, response: file.response, expected: file.expected)
            }
        } catch {
            fatalError("cannot load \(directory.path): \(error)")
        }
    }()
}
