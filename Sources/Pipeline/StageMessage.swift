import Foundation
import TaskStore

/// The body of every queue message: which stage consumes it, for which task and version, and the
/// text that stage starts from. The draft stage reads the request from the task store instead, so
/// its queue carries no student text.
public struct StageMessage: Codable, Sendable, Equatable {
    public var stage: PipelineStage
    public var taskId: String
    /// 1–3; absent for the draft stage.
    public var version: Int?
    /// The text the stage starts from (refine: the draft, finalize: the refined text).
    public var text: String?

    public init(stage: PipelineStage, taskId: String, version: Int? = nil, text: String? = nil) {
        self.stage = stage
        self.taskId = taskId
        self.version = version
        self.text = text
    }

    public static let maximumTextCharacters = 60_000

    /// Decodes and validates a message body; the error says what is wrong with it (it goes to the
    /// dead-letter reason, never with the body itself).
    public static func decode(_ body: String, expecting stage: PipelineStage) throws(PipelineError) -> StageMessage {
        let message: StageMessage
        do {
            message = try JSON.decoder.decode(StageMessage.self, from: Data(body.utf8))
        } catch {
            throw .malformedMessage("the body is not a stage message: \(JSON.describe(error))")
        }
        guard message.stage == stage else {
            throw .malformedMessage("a \(message.stage.rawValue) message on the \(stage.rawValue) queue")
        }
        guard TaskID.isValid(message.taskId) else {
            throw .malformedMessage("taskId is not a task id")
        }
        switch stage {
        case .draft:
            guard message.version == nil, message.text == nil else {
                throw .malformedMessage("a draft message carries only the task id")
            }
        case .refine, .finalize:
            guard let version = message.version, (1...TaskID.versionCount).contains(version) else {
                throw .malformedMessage("version must be 1 to \(TaskID.versionCount)")
            }
            guard let text = message.text, !text.isEmpty, text.count <= maximumTextCharacters else {
                throw .malformedMessage("text must be 1 to \(maximumTextCharacters) characters")
            }
        }
        return message
    }

    public func encoded() -> String {
        String(decoding: (try? JSON.encoder.encode(self)) ?? Data(), as: UTF8.self)
    }
}
