import Foundation
import RecordAgents
import RecordRules

/// What a teacher asks for, as `POST /v1/tasks` receives it and the task store keeps it.
public struct TaskRequest: Codable, Sendable, Equatable {
    public var section: String
    public var subject: String?
    public var targetBytes: Int?
    /// The teacher's notes.
    public var activities: String
    public var extraForbiddenTerms: [String]?
    /// The student's name (and any other form of it): never written into a draft, never sent to a model.
    public var studentNames: [String]?

    public init(
        section: String, subject: String? = nil, targetBytes: Int? = nil, activities: String, extraForbiddenTerms: [String]? = nil,
        studentNames: [String]? = nil
    ) {
        self.section = section
        self.subject = subject
        self.targetBytes = targetBytes
        self.activities = activities
        self.extraForbiddenTerms = extraForbiddenTerms
        self.studentNames = studentNames
    }

    /// The validated request the agents work from; errors name the field.
    public func draftRequest() throws(RequestError) -> DraftRequest {
        try DraftRequest(
            notes: activities, section: try Section.parse(section), subject: subject, targetBytes: targetBytes,
            extraForbiddenTerms: extraForbiddenTerms ?? [], studentNames: studentNames ?? [])
    }

    public func encoded() -> String {
        String(decoding: (try? JSON.encoder.encode(self)) ?? Data(), as: UTF8.self)
    }

    public static func decode(stored json: String) throws(PipelineError) -> TaskRequest {
        do {
            return try JSON.decoder.decode(TaskRequest.self, from: Data(json.utf8))
        } catch {
            throw .invalidRequest(JSON.describe(error))
        }
    }
}
