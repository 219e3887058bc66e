import Foundation
import Pipeline
import RecordRules
import TaskStore

/// `GET /v1/tasks/<id>`: the task and its versions as the teacher sees them, with which engine wrote
/// each stage of a version and what the model calls cost.
struct TaskView: Encodable {
    struct Version: Encodable {
        let version: Int
        let status: String
        let text: String?
        let bytes: Int?
        let report: RuleReport?
        let reason: String?
        /// Stage → `offline` or `model:<name>`; absent before the draft stage has run.
        let producers: [String: String]?
    }

    struct Usage: Encodable {
        let stage: String
        let model: String
        let calls: Int
        let promptTokens: Int
        let completionTokens: Int
        /// US dollars from the configured prices; absent when the model has none.
        let estimatedCostUSD: Double?
    }

    let taskId: String
    let status: String
    let reason: String?
    /// The notes as numbered sentences: what each version's `report.sentences[].sources` and
    /// `report.notesUse[].source` point at, so the page can show a sentence's source.
    let notes: [NotesSentences.Sentence]
    let versions: [Version]
    /// The version the teacher picked (`PUT /v1/tasks/<id>/choice`); absent until they pick one.
    let choice: ChoiceView?
    /// Model calls per stage and model; empty when the offline engine did all the work.
    let usage: [Usage]
    let estimatedCostUSD: Double?

    init(task: TaskRecord, versions: [VersionRecord], choice: TaskChoice?, usage: [ModelUsage], prices: ModelPrices) {
        taskId = task.id
        status = task.status.rawValue
        reason = task.failureReason
        notes = (try? TaskRequest.decode(stored: task.requestJSON)).map { NotesSentences($0.activities).sentences } ?? []
        self.versions = versions.map { record in
            Version(
                version: record.number, status: record.status.rawValue, text: record.text, bytes: record.bytes,
                report: record.reportJSON.flatMap { try? JSONDecoder().decode(RuleReport.self, from: Data($0.utf8)) },
                reason: record.failureReason,
                producers: record.producers.isEmpty
                    ? nil : Dictionary(uniqueKeysWithValues: record.producers.map { ($0.key.rawValue, $0.value) }))
        }
        self.choice = choice.map(ChoiceView.init)
        self.usage = usage.map { entry in
            Usage(
                stage: entry.stage.rawValue, model: entry.model, calls: entry.calls, promptTokens: entry.promptTokens,
                completionTokens: entry.completionTokens,
                estimatedCostUSD: prices.cost(model: entry.model, promptTokens: entry.promptTokens, completionTokens: entry.completionTokens))
        }
        let costs = self.usage.compactMap(\.estimatedCostUSD)
        estimatedCostUSD = costs.isEmpty ? nil : costs.reduce(0, +)
    }
}
