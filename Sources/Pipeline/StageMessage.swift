import Foundation
import TaskStore

/// The body of every queue message: which stage consumes it, for which task and version. It carries
/// ids only: the text a stage starts from is in the task store (`VersionRecord.inputs`), under the
/// task's keys with their TTL, so no student text sits in a queue, its storage or a dead-letter queue,
/// and deleting the task removes it.
package struct StageMessage: Codable, Sendable, Equatable {
    package var stage: PipelineStage
    package var taskId: String
    /// 1–3; absent for the draft stage.
    package var version: Int?

    package init(stage: PipelineStage, taskId: String, version: Int? = nil) {
        self.stage = stage
        self.taskId = taskId
        self.version = version
    }

    /// Decodes and validates a message body; the error says what is wrong with it (it goes to the
    /// dead-letter reason, never with the body itself).
    package static func decode(_ body: String, expecting stage: PipelineStage) throws(PipelineError) -> StageMessage {
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
            guard message.version == nil else {
                throw .malformedMessage("a draft message carries only the task id")
            }
        case .refine, .finalize:
            guard let version = message.version, (1...TaskID.versionCount).contains(version) else {
                throw .malformedMessage("version must be 1 to \(TaskID.versionCount)")
            }
        }
        return message
    }

    /// The task (and version) an unusable body still names, so its failure can be settled on that
    /// task instead of leaving it running: a valid task id, and a version in range when there is one.
    package static func named(in body: String, stage: PipelineStage) -> StageMessage? {
        struct Names: Decodable {
            var taskId: String
            var version: Int?
        }
        guard let names = try? JSON.decoder.decode(Names.self, from: Data(body.utf8)), TaskID.isValid(names.taskId) else {
            return nil
        }
        if stage == .draft { return StageMessage(stage: stage, taskId: names.taskId) }
        guard let version = names.version, (1...TaskID.versionCount).contains(version) else { return nil }
        return StageMessage(stage: stage, taskId: names.taskId, version: version)
    }

    package func encoded() -> String {
        String(decoding: (try? JSON.encoder.encode(self)) ?? Data(), as: UTF8.self)
    }
}
