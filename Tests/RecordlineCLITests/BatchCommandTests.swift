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
        #expect(lines.count == 4)
    }

    @Test func statusListsThePairsWhoseDraftsAreNearlyTheSame() {
        let batch: [String: Any] = [
            "status": "completed",
            "progress": ["total": 3, "queued": 0, "running": 0, "completed": 3, "failed": 0, "deleted": 0],
            "students": [] as [[String: Any]],
            "sameness": ["method": "character-trigram-jaccard", "threshold": 0.45, "compared": 3, "flagged": 1,
                         "pairs": [["numbers": [1, 3], "score": 0.624]]],
        ]
        let lines = BatchStatusCommand.render(batch).split(separator: "\n").map(String.init)
        #expect(lines.suffix(2) == ["비슷한 초안: 1쌍 (3명 비교, 기준 0.45)", "  1번 ↔ 3번: 0.62"])
    }

    @Test func answersMapToExitCodesScriptsCanTellApart() {
        #expect([400, 413, 415, 401, 404, 429, 503].map(TeacherAPIOptions.exitCode) == [65, 65, 65, 77, 3, 75, 69])
    }
}
