/// The teacher's choice, a hash of its own beside the task's (`RedisScripts.setChoice`).
extension RedisTaskStore {
    package func setChoice(taskID: String, _ choice: TaskChoice) async throws -> Bool {
        let fields = [
            "version", String(choice.version), "text", choice.text, "edited", choice.edited ? "1" : "0", "final", choice.final ? "1" : "0",
            "bytes", String(choice.bytes), "report", choice.reportJSON, "chosenAt", String(choice.chosenAtMilliseconds),
        ]
        let reply = try await evaluate(
            RedisScripts.setChoice, taskID: taskID, keys: [TaskKeys.choice(taskID), TaskKeys.task(taskID)],
            arguments: [retentionMilliseconds] + fields)
        return (reply.integer ?? 0) > 0
    }

    package func choice(taskID: String) async throws -> TaskChoice? {
        let fields = try await hashGetAll(TaskKeys.choice(taskID))
        guard let version = fields["version"].flatMap({ Int($0) }), let text = fields["text"] else { return nil }
        return TaskChoice(
            version: version, text: text, edited: fields["edited"] == "1", final: fields["final"] == "1",
            bytes: fields["bytes"].flatMap { Int($0) } ?? 0, reportJSON: fields["report"] ?? "",
            chosenAtMilliseconds: fields["chosenAt"].flatMap { Int64($0) } ?? 0)
    }
}
