import TimeUnits

/// The teacher's choice, request counts, usage, attempts, fault switches and dead-letter reasons.
extension InMemoryTaskStore {
    // MARK: the teacher's choice

    package func setChoice(taskID: String, _ choice: TaskChoice) async throws -> Bool {
        try atomically { keys in
            try keys.checkNotDeleted(taskID)
            // The choice expires with its task (`RedisScripts.setChoice`).
            guard let remaining = keys.remainingMilliseconds(TaskKeys.task(taskID)) else { return false }
            keys.set(TaskKeys.choice(taskID), .choice(choice), lifetimeMilliseconds: remaining < 0 ? retention : remaining)
            return true
        }
    }

    package func choice(taskID: String) async throws -> TaskChoice? {
        try atomically { keys in
            if case .choice(let stored)? = keys.value(TaskKeys.choice(taskID)) { stored } else { nil }
        }
    }

    // MARK: per-teacher limits

    package func countRequest(teacher: String, window: Duration) async throws -> Int {
        let windowMilliseconds = max(1, window.wholeMilliseconds)
        return try atomically { keys in
            let index = keys.now / windowMilliseconds
            let current = TaskKeys.teacherRequests(teacher, window: index)
            var count = 1
            if case .counter(let before)? = keys.value(current) {
                count = before + 1
                keys.update(current, .counter(count))
            } else {
                keys.set(current, .counter(count), lifetimeMilliseconds: windowMilliseconds * 2)
            }
            let previous = if case .counter(let earlier)? = keys.value(TaskKeys.teacherRequests(teacher, window: index - 1)) { earlier } else { 0 }
            let elapsed = Double(keys.now % windowMilliseconds) / Double(windowMilliseconds)
            return Int((Double(count) + Double(previous) * (1 - elapsed)).rounded(.up))
        }
    }

    package func recentTasks(teacher: String, limit: Int) async throws -> [String] {
        try atomically { keys in
            Array(keys.descending(TaskKeys.teacherTasks(teacher)).prefix(max(1, limit)).map(\.member))
        }
    }

    // MARK: usage

    package func recordUsage(taskID: String, _ usage: ModelUsage) async throws {
        try atomically { keys in
            try keys.checkNotDeleted(taskID)
            let key = TaskKeys.usage(taskID)
            var totals = if case .usage(let stored)? = keys.value(key) { stored } else { [String: ModelUsage]() }
            let name = "\(usage.stage.rawValue)|\(usage.model)"
            var total = totals[name] ?? ModelUsage(stage: usage.stage, model: usage.model, calls: 0, promptTokens: 0, completionTokens: 0)
            total.calls += usage.calls
            total.promptTokens += usage.promptTokens
            total.completionTokens += usage.completionTokens
            totals[name] = total
            keys.set(key, .usage(totals), lifetimeMilliseconds: retention)
        }
    }

    package func usage(taskID: String) async throws -> [ModelUsage] {
        try atomically { keys in
            guard case .usage(let totals)? = keys.value(TaskKeys.usage(taskID)) else { return [] }
            let order = Dictionary(uniqueKeysWithValues: PipelineStage.allCases.enumerated().map { ($1, $0) })
            return totals.values.sorted { (order[$0.stage] ?? 0, $0.model) < (order[$1.stage] ?? 0, $1.model) }
        }
    }

    // MARK: attempts and timings

    package func recordAttemptFinished(
        taskID: String, stage: PipelineStage, version: Int?, atMilliseconds: Int64, durationMilliseconds: Int64, outcome: AttemptOutcome
    ) async throws {
        try atomically { keys in
            try keys.checkNotDeleted(taskID)
            updateAttempts(of: taskID, in: &keys, stage: stage, version: version) { attempts in
                attempts.lastFinishedAt = atMilliseconds
                attempts.lastDurationMilliseconds = durationMilliseconds
                attempts.lastOutcome = outcome
            }
        }
    }

    package func attempts(taskID: String) async throws -> [StageAttempts] {
        try atomically { keys in
            guard case .attempts(let units)? = keys.value(TaskKeys.attempts(taskID)) else { return [] }
            let order = Dictionary(uniqueKeysWithValues: PipelineStage.allCases.enumerated().map { ($1, $0) })
            return units.values.sorted { (order[$0.stage] ?? 0, $0.version ?? 0) < (order[$1.stage] ?? 0, $1.version ?? 0) }
        }
    }

    // MARK: fault switches

    package func setFault(stage: PipelineStage, reason: String, ttl: Duration) async throws {
        try atomically { $0.set(TaskKeys.fault(stage), .string(reason), lifetimeMilliseconds: max(1, ttl.wholeMilliseconds)) }
    }

    package func clearFault(stage: PipelineStage) async throws -> Bool {
        try atomically { $0.remove(TaskKeys.fault(stage)) }
    }

    package func fault(stage: PipelineStage) async throws -> StageFault? {
        try atomically { keys in
            guard let reason = keys.string(TaskKeys.fault(stage)) else { return nil }
            return StageFault(stage: stage, reason: reason, remainingMilliseconds: keys.remainingMilliseconds(TaskKeys.fault(stage)) ?? 0)
        }
    }

    // MARK: dead-letter reasons

    package func recordMessageFailure(messageID: String, reason: String) async throws {
        try atomically { $0.set(TaskKeys.messageReason(messageID), .string(reason), lifetimeMilliseconds: retention) }
    }

    package func messageFailure(messageID: String) async throws -> String? {
        try atomically { $0.string(TaskKeys.messageReason(messageID)) }
    }
}
