import Foundation
import Pipeline
import Rosters

/// A batch as the teacher submitted it, kept with the batch: the settings every student shares and
/// the roster (numbers and names, in order). The notes live in each student's task.
struct BatchRoster: Codable, Equatable {
    struct Student: Codable, Equatable {
        let number: Int
        let name: String?
        let taskId: String
    }

    static let maximumStudents = RosterTable.maximumStudents
    static let maximumNameLength = RosterTable.maximumNameLength

    let section: String
    let subject: String?
    let targetBytes: Int?
    /// The 학년도 whose rules the batch was drafted under; absent in batches stored before editions.
    var ruleYear: Int? = nil
    let students: [Student]

    func encoded() -> String {
        String(decoding: (try? JSONEncoder().encode(self)) ?? Data(), as: UTF8.self)
    }

    static func decode(stored json: String) -> BatchRoster? {
        try? JSONDecoder().decode(BatchRoster.self, from: Data(json.utf8))
    }
}
