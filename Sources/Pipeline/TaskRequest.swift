import Foundation
import RecordAgents
import RecordRules

/// What a teacher asks for, as `POST /v1/tasks` receives it and the task store keeps it.
package struct TaskRequest: Codable, Sendable, Equatable {
    package var section: String
    package var subject: String?
    package var targetBytes: Int?
    /// The teacher's notes.
    package var activities: String
    package var extraForbiddenTerms: [String]?
    /// The student's name (and any other form of it): never written into a draft, never sent to a model.
    package var studentNames: [String]?
    /// The 학년도 whose rules apply (`RuleEdition`); the edition in force when absent.
    package var ruleYear: Int?
    /// For part 2 of a 공통과목 whose parts share one limit (공통국어2): part 1's record, whose bytes
    /// are taken from the budget. Only counted, never drafted from.
    package var part1Text: String?

    package init(
        section: String, subject: String? = nil, targetBytes: Int? = nil, activities: String, extraForbiddenTerms: [String]? = nil,
        studentNames: [String]? = nil, ruleYear: Int? = nil, part1Text: String? = nil
    ) {
        self.section = section
        self.subject = subject
        self.targetBytes = targetBytes
        self.activities = activities
        self.extraForbiddenTerms = extraForbiddenTerms
        self.studentNames = studentNames
        self.ruleYear = ruleYear
        self.part1Text = part1Text
    }

    /// The validated request the agents work from; errors name the field.
    package func draftRequest() throws(RequestError) -> DraftRequest {
        try DraftRequest(
            notes: activities, section: try Section.parse(section), subject: subject, targetBytes: targetBytes,
            extraForbiddenTerms: extraForbiddenTerms ?? [], studentNames: studentNames ?? [], ruleYear: ruleYear, part1Text: part1Text)
    }

    /// What the request's drafts, and any edit of them, are checked against.
    package func checkOptions() throws(RequestError) -> CheckOptions {
        try draftRequest().options
    }

    package func encoded() -> String {
        String(decoding: (try? JSON.encoder.encode(self)) ?? Data(), as: UTF8.self)
    }

    package static func decode(stored json: String) throws(PipelineError) -> TaskRequest {
        do {
            return try JSON.decoder.decode(TaskRequest.self, from: Data(json.utf8))
        } catch {
            throw .invalidRequest(JSON.describe(error))
        }
    }
}
