import ArgumentParser
import Foundation
import TaskStore

/// `recordline task ID`: where a task stands, from Redis (`REDIS_URL`).
struct TaskCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "task",
        abstract: "Show a task: state per version and stage, attempts and timings, which engine produced each stage, model usage, events.")

    @Argument(help: "The task id.")
    var id: String

    @Flag(help: "Include the request and the drafts' text (student data), and the events' full data.")
    var reveal = false

    @Option(help: "Prices for the estimated cost, model=prompt/completion in US dollars per million tokens (default: RECORDLINE_MODEL_PRICES).")
    var prices = ProcessInfo.processInfo.environment["RECORDLINE_MODEL_PRICES"] ?? ""

    @Flag(help: "Print JSON.")
    var json = false

    struct Output: Encodable {
        struct Usage: Encodable {
            let stage: String
            let model: String
            let calls: Int
            let promptTokens: Int
            let completionTokens: Int
            let estimatedCostUSD: Double?
        }

        struct Version: Encodable {
            let version: Int
            let status: String
            let stages: [String: String]
            let producers: [String: String]
            let bytes: Int?
            let failureReason: String?
            let text: String?
        }

        struct Event: Encodable {
            let id: String?
            let at: String?
            let type: String
            let data: String
        }

        let taskId: String
        let status: String
        let createdAt: String
        let failureReason: String?
        let request: String?
        let versions: [Version]
        let attempts: [StageAttempts]
        let usage: [Usage]
        /// Of the priced usage entries; nil when none is priced.
        let estimatedCostUSD: Double?
        let events: [Event]
    }

    func run() async throws {
        try await operate {
            let priceList: ModelPrices
            do throws(PriceError) {
                priceList = try ModelPrices(parsing: prices)
            } catch {
                throw OpsFailure(.usage, "--prices: \(error.description)")
            }
            let store = try taskStore()
            guard let task = try await store.task(id: id) else {
                throw OpsFailure(.notFound, "no task \(id) in Redis (never created, deleted, or expired)")
            }
            var versions: [Output.Version] = []
            for number in 1...max(1, task.versionCount) {
                guard let version = try await store.version(taskID: id, version: number) else { continue }
                versions.append(Output.Version(
                    version: number, status: version.status.rawValue,
                    stages: Dictionary(uniqueKeysWithValues: version.stages.map { ($0.key.rawValue, $0.value.rawValue) }),
                    producers: Dictionary(uniqueKeysWithValues: version.producers.map { ($0.key.rawValue, $0.value) }),
                    bytes: version.bytes, failureReason: version.failureReason, text: reveal ? version.text : nil))
            }
            let events = try await store.events(taskID: id, after: nil, limit: 1000).map { event in
                Output.Event(
                    id: event.id, at: event.id.flatMap(Self.eventTime).map(DurationText.timestamp), type: event.type,
                    data: Self.eventData(event, reveal: reveal))
            }
            let usage = try await store.usage(taskID: id).map { entry in
                Output.Usage(
                    stage: entry.stage.rawValue, model: entry.model, calls: entry.calls, promptTokens: entry.promptTokens,
                    completionTokens: entry.completionTokens,
                    estimatedCostUSD: priceList.cost(model: entry.model, promptTokens: entry.promptTokens, completionTokens: entry.completionTokens))
            }
            let costs = usage.compactMap(\.estimatedCostUSD)
            let output = Output(
                taskId: id, status: task.status.rawValue, createdAt: DurationText.timestamp(task.createdAtMilliseconds),
                failureReason: task.failureReason, request: reveal ? task.requestJSON : nil, versions: versions,
                attempts: try await store.attempts(taskID: id), usage: usage, estimatedCostUSD: costs.isEmpty ? nil : costs.reduce(0, +),
                events: events)
            if json {
                try OpsOutput.json(output)
            } else {
                print(Self.humanReadable(output))
            }
        }
    }

    /// A stream entry id `<ms>-<seq>` holds the time it was appended.
    static func eventTime(_ id: String) -> Int64? {
        id.split(separator: "-").first.flatMap { Int64($0) }
    }

    /// A `version` event carries the draft's text: shown only with `--reveal`.
    static func eventData(_ event: TaskEvent, reveal: Bool) -> String {
        if reveal || event.type != "version" { return event.data }
        return "<redacted: \(event.data.count) characters>"
    }

    static func humanReadable(_ output: Output) -> String {
        var lines = ["task \(output.taskId): \(output.status)" + (output.failureReason.map { " (\($0))" } ?? "") + " · created \(output.createdAt)"]
        if let request = output.request { lines.append("request: \(request)") }
        var versions = TextTable(["VERSION", "STATUS", "DRAFT", "REFINE", "FINALIZE", "BYTES", "PRODUCED BY", "REASON"])
        for version in output.versions {
            let producers = PipelineStage.allCases.compactMap { stage in version.producers[stage.rawValue].map { "\(stage.rawValue): \($0)" } }
            versions.add([String(version.version), version.status] + PipelineStage.allCases.map { version.stages[$0.rawValue] ?? "–" }
                + [version.bytes.map(String.init) ?? "–", producers.isEmpty ? "–" : producers.joined(separator: ", "), version.failureReason ?? "–"])
        }
        lines += ["", versions.render()]
        for version in output.versions {
            if let text = version.text { lines.append("v\(version.version): \(text)") }
        }
        if !output.attempts.isEmpty {
            var attempts = TextTable(["STAGE", "VERSION", "ATTEMPTS", "FIRST START", "LAST START", "LAST DURATION", "OUTCOME"])
            for attempt in output.attempts {
                attempts.add([
                    attempt.stage.rawValue, attempt.version.map(String.init) ?? "all", String(attempt.attempts),
                    attempt.firstStartedAt.map(DurationText.timestamp) ?? "–", attempt.lastStartedAt.map(DurationText.timestamp) ?? "–",
                    attempt.lastDurationMilliseconds.map { DurationText.format(milliseconds: $0) } ?? "–", attempt.lastOutcome?.rawValue ?? "running",
                ])
            }
            lines += ["", attempts.render()]
        }
        if !output.usage.isEmpty {
            var usage = TextTable(["STAGE", "MODEL", "CALLS", "PROMPT TOKENS", "COMPLETION TOKENS", "EST. COST (USD)"])
            for entry in output.usage {
                usage.add([
                    entry.stage, entry.model, String(entry.calls), String(entry.promptTokens), String(entry.completionTokens),
                    entry.estimatedCostUSD.map { String(format: "%.6f", $0) } ?? "–",
                ])
            }
            lines += ["", usage.render()]
            if let total = output.estimatedCostUSD { lines.append(String(format: "estimated cost: %.6f USD", total)) }
        }
        var events = TextTable(["EVENT", "AT", "TYPE", "DATA"])
        for event in output.events {
            events.add([event.id ?? "–", event.at ?? "–", event.type, event.data])
        }
        lines += ["", output.events.isEmpty ? "no events" : events.render()]
        return lines.joined(separator: "\n")
    }
}
