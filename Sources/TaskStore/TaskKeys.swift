/// The Redis key layout. Everything about a task lives under `task:<id>`; per-version keys under
/// `task:<id>:v<n>`; dead-letter reasons under `msg:<messageId>`.
enum TaskKeys {
    static func task(_ id: String) -> String { "task:\(id)" }
    static func version(_ id: String, _ number: Int) -> String { "task:\(id):v\(number)" }
    static func events(_ id: String) -> String { "task:\(id):events" }
    /// The set of version numbers that reached a final state (done or failed).
    static func settledVersions(_ id: String) -> String { "task:\(id):settled" }
    static func messageReason(_ messageID: String) -> String { "msg:\(messageID):reason" }
}
