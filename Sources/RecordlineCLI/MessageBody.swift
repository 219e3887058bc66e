import Foundation
import TaskStore

/// What a queue message's body says about its task, and the body as an operator may see it. Stage
/// messages carry ids only; any other field (the drafts messages carried before, or anything else in a
/// body) may be student text, which is personal data, and is replaced by its length unless `--reveal`
/// is given.
struct MessageBody: Equatable {
    let stage: PipelineStage?
    let taskId: String?
    let version: Int?
    /// Whether the body is a JSON object at all.
    let isJSON: Bool

    /// Fields shown as they are: identifiers, never text.
    static let plainFields: Set<String> = ["stage", "taskId", "version"]

    init(_ body: String) {
        let object = (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any]
        isJSON = object != nil
        stage = (object?["stage"] as? String).flatMap(PipelineStage.init(rawValue:))
        taskId = object?["taskId"] as? String
        version = (object?["version"] as? NSNumber)?.intValue
    }

    /// The body with every field but the identifiers replaced by `<redacted: N characters>`; a body that
    /// is not a JSON object is replaced whole.
    static func redacted(_ body: String) -> String {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any] else {
            return "<redacted: \(body.count) characters, not a stage message>"
        }
        var shown: [String: Any] = [:]
        for (key, value) in object {
            if plainFields.contains(key), value is String || value is NSNumber {
                shown[key] = value
            } else if let text = value as? String {
                shown[key] = "<redacted: \(text.count) characters>"
            } else {
                shown[key] = "<redacted>"
            }
        }
        let data = (try? JSONSerialization.data(withJSONObject: shown, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    static func shown(_ body: String, reveal: Bool) -> String {
        reveal ? body : redacted(body)
    }
}
