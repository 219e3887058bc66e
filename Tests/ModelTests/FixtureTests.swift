import Foundation
import ModelAgents
import RecordAgents
import RecordRules
import Testing
import TestSupport

/// One fixture at a time: each starts its own model server, and seventeen at once would crowd out
/// the suites that measure time.
@Suite("Model agents on every fixture", .serialized)
struct FixtureTests {
    @Test func theFixturesAreThere() {
        #expect(NoteFixture.all.count >= 15)
    }

    /// The cooperative model hands back the notes themselves (past tense, forbidden content, over
    /// budget and all): whatever it returns, the teacher gets three passing versions.
    @Test("the notes echoed as drafts still give passing versions", arguments: NoteFixture.all)
    func echoedNotesArePutRight(_ fixture: NoteFixture) async throws {
        let server = try await ScriptedModelServer.start()
        let request = try fixture.request()
        let run = try await runStages(testAgent(testConfiguration(server)), request)
        expectDeliverable(run.finals, request, without: fixture.mustNotContain ?? [])
        #expect(!run.usage.isEmpty)
    }
}
