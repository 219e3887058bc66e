import Foundation
import RecordAgents
import TaskStore

/// The events of a task's stream, as the SSE endpoint relays them to the page.
enum TaskEvents {
    static func accepted(taskID: String) -> TaskEvent {
        event("accepted", ["taskId": taskID])
    }

    static func drafted(version: Int) -> TaskEvent {
        event("drafted", ["version": version])
    }

    static func refined(version: Int) -> TaskEvent {
        event("refined", ["version": version])
    }

    /// A stage starts waiting on a model: the draft stage for all versions (no `version`), refine and
    /// finalize for one. Sent before each call, a repair request's or the fallback model's included.
    static func waitingOnModel(stage: PipelineStage, version: Int?, model: String) -> TaskEvent {
        var fields: [String: any Sendable] = ["stage": stage.rawValue, "model": model]
        if let version { fields["version"] = version }
        return event("model_call", fields)
    }

    static func version(_ final: FinalVersion) -> TaskEvent {
        TaskEvent(type: "version", data: String(decoding: (try? JSON.encoder.encode(final)) ?? Data(), as: UTF8.self))
    }

    /// The same event from the report already encoded (finalize stores it too), so the report, the
    /// bulk of the event, is encoded once: the version's JSON with its keys in sorted order, as
    /// `JSON.encoder` writes it, with the report spliced in.
    static func version(_ final: FinalVersion, reportJSON: String) -> TaskEvent {
        let text = String(decoding: (try? JSON.encoder.encode(final.text)) ?? Data(), as: UTF8.self)
        return TaskEvent(
            type: "version", data: "{\"bytes\":\(final.bytes),\"report\":\(reportJSON),\"text\":\(text),\"version\":\(final.version)}")
    }

    static func versionFailed(version: Int, reason: String) -> TaskEvent {
        event("version_failed", ["version": version, "reason": reason])
    }

    static func completed(status: TaskStatus) -> TaskEvent {
        event("completed", ["status": status.rawValue])
    }

    private static func event(_ type: String, _ fields: [String: any Sendable]) -> TaskEvent {
        let pairs = fields.keys.sorted().map { key -> String in
            let value = fields[key]!
            let encoded: String
            if let number = value as? Int {
                encoded = String(number)
            } else {
                encoded = String(decoding: (try? JSON.encoder.encode("\(value)")) ?? Data(), as: UTF8.self)
            }
            return "\"\(key)\":\(encoded)"
        }
        return TaskEvent(type: type, data: "{" + pairs.joined(separator: ",") + "}")
    }
}
