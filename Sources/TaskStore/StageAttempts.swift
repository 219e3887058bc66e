/// How often one unit of stage work ran and when: the draft stage per task, refine and finalize per
/// version. Kept in the hash `task:<id>:attempts`; what `recordline task` shows.
package struct StageAttempts: Sendable, Equatable, Codable {
    package var stage: PipelineStage
    /// nil for the draft stage, which runs before versions exist.
    package var version: Int?
    package var attempts: Int
    /// Epoch milliseconds.
    package var firstStartedAt: Int64?
    package var lastStartedAt: Int64?
    package var lastFinishedAt: Int64?
    package var lastDurationMilliseconds: Int64?
    package var lastOutcome: AttemptOutcome?

    package init(
        stage: PipelineStage, version: Int?, attempts: Int, firstStartedAt: Int64? = nil, lastStartedAt: Int64? = nil,
        lastFinishedAt: Int64? = nil, lastDurationMilliseconds: Int64? = nil, lastOutcome: AttemptOutcome? = nil
    ) {
        self.stage = stage
        self.version = version
        self.attempts = attempts
        self.firstStartedAt = firstStartedAt
        self.lastStartedAt = lastStartedAt
        self.lastFinishedAt = lastFinishedAt
        self.lastDurationMilliseconds = lastDurationMilliseconds
        self.lastOutcome = lastOutcome
    }
}

/// How an attempt ended.
package enum AttemptOutcome: String, Sendable, Codable, CaseIterable {
    /// The stage's work is done (or settled for good: the notes cannot give this version).
    case done
    /// It failed and the message comes back for another attempt.
    case retry
    /// It failed on the last attempt: the version is marked failed and the message goes to the dead-letter queue.
    case failed
}

/// The attempts hash's field names: `<stage>[:v<n>]|<counter>`.
struct AttemptField {
    enum Counter: String, CaseIterable {
        case attempts
        case firstStartedAt = "first"
        case lastStartedAt = "last"
        case lastFinishedAt = "finished"
        case lastDuration = "duration"
        case lastOutcome = "outcome"
    }

    let stage: PipelineStage
    let version: Int?

    var unit: String { version.map { "\(stage.rawValue):v\($0)" } ?? stage.rawValue }

    func name(_ counter: Counter) -> String { "\(unit)|\(counter.rawValue)" }

    /// Reads the hash back, ordered by stage then version.
    static func attempts(from fields: [String: String]) -> [StageAttempts] {
        var units: [String: StageAttempts] = [:]
        for (name, value) in fields {
            guard let bar = name.lastIndex(of: "|"), let counter = Counter(rawValue: String(name[name.index(after: bar)...])) else { continue }
            let unit = String(name[..<bar])
            let parts = unit.split(separator: ":", maxSplits: 1)
            guard let stage = parts.first.flatMap({ PipelineStage(rawValue: String($0)) }) else { continue }
            var version: Int?
            if parts.count == 2 {
                guard parts[1].hasPrefix("v"), let number = Int(parts[1].dropFirst()) else { continue }
                version = number
            }
            var entry = units[unit] ?? StageAttempts(stage: stage, version: version, attempts: 0)
            switch counter {
            case .attempts: entry.attempts = Int(value) ?? 0
            case .firstStartedAt: entry.firstStartedAt = Int64(value)
            case .lastStartedAt: entry.lastStartedAt = Int64(value)
            case .lastFinishedAt: entry.lastFinishedAt = Int64(value)
            case .lastDuration: entry.lastDurationMilliseconds = Int64(value)
            case .lastOutcome: entry.lastOutcome = AttemptOutcome(rawValue: value)
            }
            units[unit] = entry
        }
        let order = Dictionary(uniqueKeysWithValues: PipelineStage.allCases.enumerated().map { ($1, $0) })
        return units.values.sorted { (order[$0.stage] ?? 0, $0.version ?? 0) < (order[$1.stage] ?? 0, $1.version ?? 0) }
    }
}
