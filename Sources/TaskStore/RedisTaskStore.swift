import Foundation
import TimeUnits

/// `TaskStoring` on Redis. Every key it writes gets a TTL: the configured retention, or a claim's lease.
package final class RedisTaskStore: TaskStoring {
    let client: RedisClient
    let configuration: TaskStoreConfiguration

    /// Opens nothing yet: the first command connects, so building a store costs nothing at cold start.
    package init(configuration: TaskStoreConfiguration) {
        self.configuration = configuration
        client = RedisClient(
            url: configuration.url, maximumConnections: configuration.maximumConnections, checksScriptKeys: configuration.checksScriptKeys)
    }

    var retentionMilliseconds: String { String(Self.milliseconds(configuration.retention)) }

    // MARK: tasks

    package func createTask(_ task: TaskRecord) async throws {
        try await hashSet(TaskKeys.task(task.id), Self.fields(of: task), taskID: task.id)
    }

    /// The task hash as field/value pairs.
    static func fields(of task: TaskRecord) -> [String] {
        var fields = [
            "status", task.status.rawValue,
            "request", task.requestJSON,
            "createdAt", String(task.createdAtMilliseconds),
            "versionCount", String(task.versionCount),
        ]
        if let reason = task.failureReason { fields += ["failureReason", reason] }
        if let owner = task.owner { fields += ["owner", owner] }
        if let batch = task.batchID { fields += ["batch", batch] }
        return fields
    }

    package func task(id: String) async throws -> TaskRecord? {
        try Self.task(id: id, fields: try await hashGetAll(TaskKeys.task(id)))
    }

    package func task(id: String, withVersion version: Int) async throws -> (task: TaskRecord?, version: VersionRecord?) {
        let replies = try await client.pipeline([["HGETALL", TaskKeys.task(id)], ["HGETALL", TaskKeys.version(id, version)]])
        guard replies.count == 2, let taskItems = replies[0].array, let versionItems = replies[1].array else {
            throw RedisError.unexpectedReply("HGETALL answered \(replies)")
        }
        guard let task = try Self.task(id: id, fields: Self.fields(fromPairs: taskItems)) else { return (nil, nil) }
        return (task, Self.version(version, fields: Self.fields(fromPairs: versionItems)))
    }

    static func task(id: String, fields: [String: String]) throws -> TaskRecord? {
        guard !fields.isEmpty else { return nil }
        guard let status = fields["status"].flatMap(TaskStatus.init(rawValue:)) else {
            throw RedisError.unexpectedReply("task \(id) has no valid status")
        }
        return TaskRecord(
            id: id,
            status: status,
            requestJSON: fields["request"] ?? "",
            createdAtMilliseconds: fields["createdAt"].flatMap { Int64($0) } ?? 0,
            versionCount: fields["versionCount"].flatMap { Int($0) } ?? 0,
            failureReason: fields["failureReason"],
            owner: fields["owner"],
            batchID: fields["batch"]
        )
    }

    package func setTaskStatus(id: String, _ status: TaskStatus, failureReason: String?) async throws {
        var fields = ["status", status.rawValue]
        if let failureReason { fields += ["failureReason", failureReason] }
        // A task that completes (after a redrive, say) no longer has a reason to have failed.
        try await hashSet(
            TaskKeys.task(id), fields, taskID: id, removing: status == .completed && failureReason == nil ? "failureReason" : nil)
    }

    package func deleteTask(id: String) async throws -> Bool {
        let count = try await client.send(["HGET", TaskKeys.task(id), "versionCount"]).string.flatMap { Int($0) }
        let keys = TaskKeys.all(id, versionCount: count ?? 3)
        let reply = try await client.evaluate(
            RedisScripts.deleteTask, keys: [TaskKeys.tombstone(id)] + keys, arguments: [retentionMilliseconds])
        return (reply.integer ?? 0) > 0
    }

    // MARK: claims and done markers

    package func renewClaim(_ key: ClaimKey, token: String, lease: Duration) async throws -> Bool {
        let reply = try await client.evaluate(
            RedisScripts.renew, keys: [key.key], arguments: [token, String(Self.milliseconds(lease))])
        return reply.integer == 1
    }

    package func releaseClaim(_ key: ClaimKey, token: String) async throws -> Bool {
        try await client.evaluate(RedisScripts.release, keys: [key.key], arguments: [token]).integer == 1
    }


    package func claimAttempt(_ key: ClaimKey, token: String, lease: Duration, startedAtMilliseconds: Int64) async throws -> ClaimedAttempt {
        let field = AttemptField(stage: key.stage, version: key.version)
        let versionKey = key.version.map { TaskKeys.version(key.taskID, $0) } ?? TaskKeys.task(key.taskID)
        let reply = try await evaluate(
            RedisScripts.claimAttempt, taskID: key.taskID,
            keys: [key.key, key.doneKey, TaskKeys.attempts(key.taskID), versionKey, TaskKeys.task(key.taskID)],
            arguments: [
                token, String(Self.milliseconds(lease)), retentionMilliseconds, field.name(.attempts), field.name(.firstStartedAt),
                field.name(.lastStartedAt), String(startedAtMilliseconds), key.stage.rawValue, key.version == nil ? "" : "1",
            ])
        switch reply.array?.first?.string {
        case "done"?: return ClaimedAttempt(outcome: .alreadyDone, reopened: false)
        case "held"?:
            let remaining = reply.array?.dropFirst().first?.integer ?? 0
            return ClaimedAttempt(outcome: .heldByAnother(remaining: .milliseconds(max(0, remaining))), reopened: false)
        case "claimed"?:
            return ClaimedAttempt(outcome: .claimed, reopened: reply.array?.dropFirst().first?.integer == 1)
        default:
            throw RedisError.unexpectedReply("claim answered \(reply)")
        }
    }

    package func markDone(_ key: ClaimKey, token: String, finishedAtMilliseconds: Int64, durationMilliseconds: Int64) async throws {
        let field = AttemptField(stage: key.stage, version: key.version)
        _ = try await evaluate(
            RedisScripts.markDoneAttempt, taskID: key.taskID, keys: [key.key, key.doneKey, TaskKeys.attempts(key.taskID)],
            arguments: [
                token, retentionMilliseconds, field.name(.lastFinishedAt), String(finishedAtMilliseconds), field.name(.lastDuration),
                String(durationMilliseconds), field.name(.lastOutcome), AttemptOutcome.done.rawValue,
            ])
    }

    package func isDone(_ key: ClaimKey) async throws -> Bool {
        try await client.send(["EXISTS", key.doneKey]).integer == 1
    }

    // MARK: versions

    package func updateVersion(taskID: String, version: Int, _ update: VersionUpdate) async throws {
        let fields = Self.fields(of: update)
        guard !fields.isEmpty else { return }
        // A version that completes (after a redrive, say) no longer has a reason to have failed.
        try await hashSet(
            TaskKeys.version(taskID, version), fields, taskID: taskID,
            removing: update.status == .completed && update.failureReason == nil ? "failureReason" : nil)
    }

    /// A version update as hash field/value pairs.
    private static func fields(of update: VersionUpdate) -> [String] {
        var fields: [String] = []
        if let status = update.status { fields += ["status", status.rawValue] }
        for (stage, status) in update.stages.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            fields += ["stage:\(stage.rawValue)", status.rawValue]
        }
        if let text = update.text { fields += ["text", text] }
        if let bytes = update.bytes { fields += ["bytes", String(bytes)] }
        if let report = update.reportJSON { fields += ["report", report] }
        if let reason = update.failureReason { fields += ["failureReason", reason] }
        for (stage, producer) in update.producers.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            fields += ["producer:\(stage.rawValue)", producer]
        }
        for (stage, input) in update.inputs.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            fields += ["input:\(stage.rawValue)", input]
        }
        return fields
    }

    package func initializeVersion(taskID: String, version: Int, _ update: VersionUpdate) async throws {
        let fields = Self.fields(of: update)
        guard !fields.isEmpty else { return }
        _ = try await evaluate(
            RedisScripts.hashSetIfAbsent, taskID: taskID, keys: [TaskKeys.version(taskID, version)],
            arguments: [retentionMilliseconds] + fields)
    }

    package func version(taskID: String, version: Int) async throws -> VersionRecord? {
        Self.version(version, fields: try await hashGetAll(TaskKeys.version(taskID, version)))
    }

    package func versions(taskID: String, count: Int) async throws -> [VersionRecord?] {
        guard count > 0 else { return [] }
        let replies = try await client.pipeline((1...count).map { ["HGETALL", TaskKeys.version(taskID, $0)] })
        return try zip(1...count, replies).map { number, reply in
            guard let items = reply.array else { throw RedisError.unexpectedReply("HGETALL answered \(reply)") }
            return Self.version(number, fields: Self.fields(fromPairs: items))
        }
    }

    static func version(_ version: Int, fields: [String: String]) -> VersionRecord? {
        guard !fields.isEmpty else { return nil }
        var stages: [PipelineStage: StageStatus] = [:]
        var producers: [PipelineStage: String] = [:]
        var inputs: [PipelineStage: String] = [:]
        for stage in PipelineStage.allCases {
            if let status = fields["stage:\(stage.rawValue)"].flatMap(StageStatus.init(rawValue:)) {
                stages[stage] = status
            }
            producers[stage] = fields["producer:\(stage.rawValue)"]
            inputs[stage] = fields["input:\(stage.rawValue)"]
        }
        return VersionRecord(
            number: version,
            status: fields["status"].flatMap(VersionStatus.init(rawValue:)) ?? .pending,
            stages: stages,
            text: fields["text"],
            bytes: fields["bytes"].flatMap { Int($0) },
            reportJSON: fields["report"],
            failureReason: fields["failureReason"],
            producers: producers,
            inputs: inputs
        )
    }

    package func settleVersion(taskID: String, version: Int) async throws -> Int {
        let reply = try await evaluate(
            RedisScripts.settle, taskID: taskID, keys: [TaskKeys.settledVersions(taskID)], arguments: [retentionMilliseconds, String(version)])
        guard let count = reply.integer else { throw RedisError.unexpectedReply("settle answered \(reply)") }
        return Int(count)
    }

    // MARK: events

    package func appendEvent(taskID: String, _ event: TaskEvent) async throws -> String {
        let reply = try await evaluate(
            RedisScripts.append, taskID: taskID, keys: [TaskKeys.events(taskID), TaskKeys.task(taskID)],
            arguments: [retentionMilliseconds, String(configuration.maximumEventsPerTask), event.type, event.data])
        guard let parts = reply.array, parts.count == 2, let id = parts[0].string, !id.isEmpty, let batch = parts[1].string else {
            throw RedisError.unexpectedReply("XADD answered \(reply)")
        }
        try await relay(event, taskID: taskID, batchID: batch, once: nil)
        return id
    }

    package func appendEvent(taskID: String, _ event: TaskEvent, once: String) async throws -> String? {
        let reply = try await evaluate(
            RedisScripts.appendOnce, taskID: taskID,
            keys: [TaskKeys.events(taskID), TaskKeys.eventMarker(taskID, once: once), TaskKeys.task(taskID)],
            arguments: [retentionMilliseconds, String(configuration.maximumEventsPerTask), event.type, event.data])
        guard let parts = reply.array, parts.count == 2, let id = parts[0].string, let batch = parts[1].string else {
            throw RedisError.unexpectedReply("XADD answered \(reply)")
        }
        // Relayed even when the task's own append was a repeat: a stage that stopped between the two
        // writes relays on its retry, and the relay's own marker keeps it to once.
        try await relay(event, taskID: taskID, batchID: batch, once: once)
        return id.isEmpty ? nil : id
    }

    /// Writes a task's event to its batch's stream (`RedisScripts.relayToBatch`), a script of the
    /// batch's slot run after the task's own. A delete that lands between the two is seen right after
    /// and the relayed entry taken back, so a deleted task's event does not stay in its batch's stream.
    private func relay(_ event: TaskEvent, taskID: String, batchID: String, once: String?) async throws {
        guard !batchID.isEmpty else { return }
        var keys = [TaskKeys.batchEvents(batchID)]
        if let once { keys.append(TaskKeys.batchRelayMarker(batchID, taskID: taskID, once: once)) }
        let reply = try await client.evaluate(
            RedisScripts.relayToBatch, keys: keys,
            arguments: [retentionMilliseconds, String(configuration.maximumEventsPerBatch), event.type, event.data, taskID])
        guard let entry = reply.string, !entry.isEmpty else { return }
        if try await client.send(["EXISTS", TaskKeys.tombstone(taskID)]).integer == 1 {
            _ = try await client.send(["XDEL", TaskKeys.batchEvents(batchID), entry])
            throw TaskDeleted(taskID: taskID)
        }
    }

    package func events(taskID: String, after afterID: String?, limit: Int) async throws -> [TaskEvent] {
        // Nothing follows the largest id there is, and Redis refuses to start a range after it.
        guard afterID != "\(UInt64.max)-\(UInt64.max)" else { return [] }
        // `(id` makes the range start exclusive, so a client resumes right after its Last-Event-ID.
        let start = afterID.map { "(" + $0 } ?? "-"
        let reply = try await client.send(["XRANGE", TaskKeys.events(taskID), start, "+", "COUNT", String(limit)])
        return try Self.events(fromEntries: reply)
    }

    package func waitForEvents(taskID: String, after afterID: String?, limit: Int, timeout: Duration) async throws -> [TaskEvent] {
        let blockMilliseconds = max(1, Self.milliseconds(timeout))
        let reply = try await client.send(
            [
                "XREAD", "COUNT", String(limit), "BLOCK", String(blockMilliseconds),
                "STREAMS", TaskKeys.events(taskID), afterID ?? "0-0",
            ],
            extraWait: timeout
        )
        // XREAD answers [[stream, entries]], or nil when the wait ran out.
        guard case .array(let streams) = reply, let stream = streams.first?.array, stream.count == 2 else { return [] }
        return try Self.events(fromEntries: stream[1])
    }

    // MARK: per-teacher limits

    package func countRequest(teacher: String, window: Duration) async throws -> Int {
        let windowMilliseconds = max(1, Self.milliseconds(window))
        let now = Date().millisecondsSince1970
        let index = now / windowMilliseconds
        let reply = try await client.evaluate(
            RedisScripts.count,
            keys: [TaskKeys.teacherRequests(teacher, window: index), TaskKeys.teacherRequests(teacher, window: index - 1)],
            arguments: [String(windowMilliseconds * 2)])
        guard let counts = reply.array?.compactMap(\.integer), counts.count == 2 else {
            throw RedisError.unexpectedReply("count answered \(reply)")
        }
        let elapsed = Double(now % windowMilliseconds) / Double(windowMilliseconds)
        return Int((Double(counts[0]) + Double(counts[1]) * (1 - elapsed)).rounded(.up))
    }

    package func recentTasks(teacher: String, limit: Int) async throws -> [String] {
        try await client.send(["ZREVRANGE", TaskKeys.teacherTasks(teacher), "0", String(max(0, limit - 1))]).array?.compactMap(\.string) ?? []
    }

    // MARK: usage

    package func recordUsage(taskID: String, _ usage: ModelUsage) async throws {
        let field = UsageField(stage: usage.stage, model: usage.model)
        _ = try await evaluate(
            RedisScripts.addUsage, taskID: taskID, keys: [TaskKeys.usage(taskID)],
            arguments: [
                retentionMilliseconds, field.name(.calls), String(usage.calls), field.name(.promptTokens), String(usage.promptTokens),
                field.name(.completionTokens), String(usage.completionTokens),
            ])
    }

    package func usage(taskID: String) async throws -> [ModelUsage] {
        UsageField.totals(from: try await hashGetAll(TaskKeys.usage(taskID)))
    }

    // MARK: attempts and timings

    package func recordAttemptFinished(
        taskID: String, stage: PipelineStage, version: Int?, atMilliseconds: Int64, durationMilliseconds: Int64, outcome: AttemptOutcome
    ) async throws {
        let field = AttemptField(stage: stage, version: version)
        try await hashSet(TaskKeys.attempts(taskID), [
            field.name(.lastFinishedAt), String(atMilliseconds), field.name(.lastDuration), String(durationMilliseconds),
            field.name(.lastOutcome), outcome.rawValue,
        ], taskID: taskID)
    }

    package func attempts(taskID: String) async throws -> [StageAttempts] {
        AttemptField.attempts(from: try await hashGetAll(TaskKeys.attempts(taskID)))
    }

    // MARK: fault switches

    package func setFault(stage: PipelineStage, reason: String, ttl: Duration) async throws {
        _ = try await client.send(["SET", TaskKeys.fault(stage), reason, "PX", String(max(1, Self.milliseconds(ttl)))])
    }

    package func clearFault(stage: PipelineStage) async throws -> Bool {
        (try await client.send(["DEL", TaskKeys.fault(stage)]).integer ?? 0) > 0
    }

    package func fault(stage: PipelineStage) async throws -> StageFault? {
        let reply = try await client.evaluate(RedisScripts.fault, keys: [TaskKeys.fault(stage)], arguments: [])
        guard let parts = reply.array, parts.count == 2, let reason = parts[0].string else { return nil }
        return StageFault(stage: stage, reason: reason, remainingMilliseconds: parts[1].integer ?? 0)
    }

    // MARK: dead-letter reasons

    package func recordMessageFailure(messageID: String, reason: String) async throws {
        _ = try await client.send(["SET", TaskKeys.messageReason(messageID), reason, "PX", retentionMilliseconds])
    }

    package func messageFailure(messageID: String) async throws -> String? {
        try await client.send(["GET", TaskKeys.messageReason(messageID)]).string
    }

    // MARK: helpers

    private func hashSet(_ key: String, _ fields: [String], taskID: String, removing removed: String? = nil) async throws {
        _ = try await evaluate(
            RedisScripts.hashSet, taskID: taskID, keys: [key], arguments: [retentionMilliseconds, removed ?? ""] + fields)
    }

    /// Runs a script that writes the task's keys, guarded by its tombstone (passed as the last key):
    /// a deleted task's write is refused on the server and surfaces as `TaskDeleted`.
    func evaluate(_ script: String, taskID: String, keys: [String], arguments: [String]) async throws -> RedisValue {
        do {
            return try await client.evaluate(RedisScripts.guarded(script), keys: keys + [TaskKeys.tombstone(taskID)], arguments: arguments)
        } catch .server(let message) where message.contains(RedisScripts.taskDeletedError) {
            throw TaskDeleted(taskID: taskID)
        }
    }

    func hashGetAll(_ key: String) async throws -> [String: String] {
        let reply = try await client.send(["HGETALL", key])
        guard let items = reply.array else { throw RedisError.unexpectedReply("HGETALL answered \(reply)") }
        return Self.fields(fromPairs: items)
    }

    /// `[name, value, name, value, …]` as a dictionary.
    private static func fields(fromPairs items: [RedisValue]) -> [String: String] {
        var fields: [String: String] = [:]
        for pair in stride(from: 0, to: items.count - 1, by: 2) {
            if let name = items[pair].string, let value = items[pair + 1].string { fields[name] = value }
        }
        return fields
    }

    /// Stream entries `[[id, [field, value, …]], …]` as events.
    static func events(fromEntries reply: RedisValue) throws -> [TaskEvent] {
        guard let entries = reply.array else { return [] }
        return try entries.map { entry in
            guard let parts = entry.array, parts.count == 2, let id = parts[0].string, let values = parts[1].array else {
                throw RedisError.unexpectedReply("malformed stream entry \(entry)")
            }
            let fields = Self.fields(fromPairs: values)
            return TaskEvent(id: id, type: fields["type"] ?? "", data: fields["data"] ?? "", taskID: fields["task"])
        }
    }

    static func milliseconds(_ duration: Duration) -> Int64 {
        duration.wholeMilliseconds
    }
}
