/// Model calls and tokens spent for one stage of a task with one model: what a single call adds, or
/// the task's running total.
package struct ModelUsage: Sendable, Equatable, Codable {
    package var stage: PipelineStage
    package var model: String
    package var calls: Int
    package var promptTokens: Int
    package var completionTokens: Int

    package init(stage: PipelineStage, model: String, calls: Int = 1, promptTokens: Int, completionTokens: Int) {
        self.stage = stage
        self.model = model
        self.calls = calls
        self.promptTokens = promptTokens
        self.completionTokens = completionTokens
    }
}

/// The usage hash's field names: `<stage>|<model>|<counter>`. Stage names hold no `|`; a model name may.
struct UsageField {
    enum Counter: String, CaseIterable {
        case calls
        case promptTokens = "prompt"
        case completionTokens = "completion"
    }

    let stage: PipelineStage
    let model: String

    func name(_ counter: Counter) -> String { "\(stage.rawValue)|\(model)|\(counter.rawValue)" }

    /// Reads the hash back as totals, ordered by stage then model.
    static func totals(from fields: [String: String]) -> [ModelUsage] {
        var totals: [String: ModelUsage] = [:]
        for (name, value) in fields {
            guard let firstBar = name.firstIndex(of: "|"), let lastBar = name.lastIndex(of: "|"), firstBar < lastBar,
                  let stage = PipelineStage(rawValue: String(name[..<firstBar])),
                  let counter = Counter(rawValue: String(name[name.index(after: lastBar)...])),
                  let amount = Int(value)
            else { continue }
            let model = String(name[name.index(after: firstBar)..<lastBar])
            let key = "\(stage.rawValue)|\(model)"
            var usage = totals[key] ?? ModelUsage(stage: stage, model: model, calls: 0, promptTokens: 0, completionTokens: 0)
            switch counter {
            case .calls: usage.calls = amount
            case .promptTokens: usage.promptTokens = amount
            case .completionTokens: usage.completionTokens = amount
            }
            totals[key] = usage
        }
        let order = Dictionary(uniqueKeysWithValues: PipelineStage.allCases.enumerated().map { ($1, $0) })
        return totals.values.sorted { (order[$0.stage] ?? 0, $0.model) < (order[$1.stage] ?? 0, $1.model) }
    }
}
