import Testing

@testable import RecordlineCLI

@Suite("recordline batch")
struct BatchCommandTests {
    @Test func statusShowsProgressThenEachStudentInRosterOrder() {
        let batch: [String: Any] = [
            "status": "running",
            "progress": ["total": 2, "queued": 0, "running": 1, "completed": 1, "failed": 0, "deleted": 0],
            "students": [
                ["number": 7, "name": "김민지", "status": "completed", "versions": [["version": 1, "status": "completed", "bytes": 143]]],
                ["number": 2, "status": "running", "versions": [["version": 1, "status": "running"]]],
            ],
        ]
        let lines = BatchStatusCommand.render(batch).split(separator: "\n").map(String.init)
        #expect(lines[0] == "running: 1/2 completed (failed 0, running 1, queued 0, deleted 0)")
        #expect(lines[2].hasPrefix("7     김민지  completed  143"))
        #expect(lines[3].hasPrefix("2") && lines[3].contains("running"))
    }

    @Test func answersMapToExitCodesScriptsCanTellApart() {
        #expect([400, 413, 415, 401, 404, 429, 503].map(TeacherAPIOptions.exitCode) == [65, 65, 65, 77, 3, 75, 69])
    }
}
