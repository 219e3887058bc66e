import Foundation
import RecordRules
import TaskStore

/// The teacher's choice as `PUT /v1/tasks/<id>/choice` and `GET /v1/tasks/<id>` show it: the version,
/// its text as left, and that text's own rule report (an edit over the byte target is kept, and
/// reported there as `byte_limit`).
struct ChoiceView: Encodable {
    let version: Int
    let text: String
    let edited: Bool
    let final: Bool
    let bytes: Int
    let passes: Bool?
    let report: RuleReport?
    let chosenAt: String

    init(_ choice: TaskChoice) {
        version = choice.version
        text = choice.text
        edited = choice.edited
        final = choice.final
        bytes = choice.bytes
        report = choice.report
        passes = report?.passes
        chosenAt = BatchView.timestamp(choice.chosenAtMilliseconds)
    }
}

extension TaskChoice {
    /// The stored rule report of the chosen text.
    var report: RuleReport? { try? JSONDecoder().decode(RuleReport.self, from: Data(reportJSON.utf8)) }
}
