import Pipeline
import RecordRules
import Rosters

/// A roster made into one task request per student, every request validated as `POST /v1/tasks`
/// validates one. The student's name goes into `studentNames`, so it is reported and never drafted.
struct BatchSubmission {
    struct Settings {
        let section: String
        let subject: String?
        let targetBytes: Int?
        let extraForbiddenTerms: [String]?
        /// The 학년도 whose rules apply; the edition in force when nil.
        let ruleYear: Int?
    }

    struct Student {
        let number: Int
        let name: String?
        let notes: String
        /// For part 2 of a 공통과목: the student's part-1 record.
        var part1Text: String? = nil
        /// How errors name the student: `students[3]` in JSON, `row 5` in a spreadsheet.
        let place: String
    }

    let settings: Settings
    let students: [Student]
    let requests: [TaskRequest]

    init(settings: Settings, students: [Student]) throws(APIError) {
        guard !students.isEmpty else { throw .invalid("students", "a batch needs at least one student") }
        guard students.count <= BatchRoster.maximumStudents else {
            throw .invalid("students", "a batch takes at most \(BatchRoster.maximumStudents) students; this one has \(students.count)")
        }
        var seen: [Int: String] = [:]
        var requests: [TaskRequest] = []
        for student in students {
            if let earlier = seen[student.number] {
                throw .invalid("\(student.place).number", "\(student.place): number \(student.number) is already given to \(earlier)")
            }
            seen[student.number] = student.place
            let request = TaskRequest(
                section: settings.section, subject: settings.subject, targetBytes: settings.targetBytes, activities: student.notes,
                extraForbiddenTerms: settings.extraForbiddenTerms, studentNames: student.name.map { [$0] }, ruleYear: settings.ruleYear,
                part1Text: student.part1Text)
            do {
                _ = try request.draftRequest()
            } catch {
                // The settings are every student's: an error in them names the setting alone.
                switch error.field {
                case "activities", "notes": throw .invalid("\(student.place).activities", "\(student.place) (번호 \(student.number)): \(error.message)")
                case "studentNames": throw .invalid("\(student.place).name", "\(student.place) (번호 \(student.number)): \(error.message)")
                // Part 1 is the student's own: so is what is wrong with it, or with the target it leaves.
                case "part1Text": throw .invalid("\(student.place).part1Text", "\(student.place) (번호 \(student.number)): \(error.message)")
                case "targetBytes" where student.part1Text != nil:
                    throw .invalid("targetBytes", "\(student.place) (번호 \(student.number)): \(error.message)")
                default: throw .invalid(error.field, error.message)
                }
            }
            requests.append(request)
        }
        self.settings = settings
        self.students = students
        self.requests = requests
    }
}
