import ArgumentParser
import Foundation
import RecordRules

/// `recordline batch submit ROSTER`: uploads a roster (columns 번호, 이름 optional, 메모) as one batch.
struct BatchSubmitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "submit",
        abstract: "Upload a roster (.xlsx, or .csv in UTF-8 or CP949) and print the batch id.")

    @OptionGroup var options: TeacherAPIOptions

    @OptionGroup var record: RecordOptions

    @Option(name: .customLong("forbid"), help: "An extra forbidden term (repeatable; no commas).")
    var extraForbiddenTerms: [String] = []

    @Flag(help: "Print the API's answer {batchId, status, tasks:[{number, taskId}]} as JSON.")
    var json = false

    @Argument(help: "The roster file: .xlsx, or .csv. For part 2 of a 공통과목, give each student's part-1 record in a '1 세특' column.")
    var file: String

    func validate() throws {
        if let term = extraForbiddenTerms.first(where: { $0.contains(",") }) {
            throw ValidationError("--forbid \(term): a term may not contain a comma")
        }
    }

    func run() async throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw failure("cannot read \(file): no such file or not readable", exitCode: 66)
        }
        var query = [URLQueryItem(name: "section", value: record.section)]
        if let subject = record.subject { query.append(URLQueryItem(name: "subject", value: subject)) }
        if let targetBytes = record.targetBytes { query.append(URLQueryItem(name: "targetBytes", value: String(targetBytes))) }
        if let ruleYear = record.ruleYear { query.append(URLQueryItem(name: "ruleYear", value: String(ruleYear))) }
        if !extraForbiddenTerms.isEmpty { query.append(URLQueryItem(name: "extraForbiddenTerms", value: extraForbiddenTerms.joined(separator: ","))) }
        var components = URLComponents()
        components.queryItems = query
        let workbook = file.lowercased().hasSuffix(".xlsx")
        let response = try await options.send(
            "POST", "/v1/batches?" + (components.percentEncodedQuery ?? ""), body: Array(data),
            contentType: workbook ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv")
        if json {
            print(String(decoding: response.body, as: UTF8.self))
            return
        }
        let answer = (try? JSONSerialization.jsonObject(with: Data(response.body))) as? [String: Any] ?? [:]
        let students = (answer["tasks"] as? [Any])?.count ?? 0
        print("batch \(answer["batchId"] as? String ?? "?"): \(students) students queued")
    }
}
