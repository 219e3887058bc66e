import Foundation
import ModelAgents
import RecordAgents
import RecordRules
import Testing
import TestSupport

/// The varied teacher notes of Tests/Fixtures/notes.json.
struct Fixture: Decodable, Sendable, CustomTestStringConvertible {
    let name: String
    let section: String
    let subject: String?
    let targetBytes: Int?
    let extraForbiddenTerms: [String]?
    let notes: String
    let mustNotContain: [String]?

    var testDescription: String { name }

    func request() throws -> DraftRequest {
        try DraftRequest(
            notes: notes, section: try Section.parse(section), subject: subject, targetBytes: targetBytes,
            extraForbiddenTerms: extraForbiddenTerms ?? [])
    }

    static let all: [Fixture] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/notes.json")
        return (try? JSONDecoder().decode([Fixture].self, from: Data(contentsOf: url))) ?? []
    }()
}

/// One fixture at a time: each starts its own model server, and seventeen at once would crowd out
/// the suites that measure time.
@Suite("Model agents on every fixture", .serialized)
struct FixtureTests {
    @Test func theFixturesAreThere() {
        #expect(Fixture.all.count >= 15)
    }

    /// The cooperative model hands back the notes themselves (past tense, forbidden content, over
    /// budget and all): whatever it returns, the teacher gets three passing versions.
    @Test("the notes echoed as drafts still give passing versions", arguments: Fixture.all)
    func echoedNotesArePutRight(_ fixture: Fixture) async throws {
        let server = try await ScriptedModelServer.start()
        let request = try fixture.request()
        let run = try await runStages(testAgent(testConfiguration(server)), request)
        expectDeliverable(run.finals, request, without: fixture.mustNotContain ?? [])
        #expect(!run.usage.isEmpty)
    }
}
