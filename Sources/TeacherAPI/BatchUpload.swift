import Foundation
import LambdaWire
import Rosters

/// `POST /v1/batches` with a spreadsheet as the body (`.xlsx`, or `.csv` in UTF-8 or CP949) and the
/// settings in the query: `section`, `subject`, `targetBytes`, `extraForbiddenTerms` (comma-separated),
/// `ruleYear`. A roster for part 2 of a 공통과목 may have a column with each student's part-1 record.
enum BatchUpload {
    static let contentTypes = [
        "text/csv", "application/csv", "application/vnd.ms-excel",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/octet-stream",
    ]
    static let parameters = ["extraForbiddenTerms", "ruleYear", "section", "subject", "targetBytes"]
    static let maximumBytes = 2 * 1024 * 1024

    /// Whether the body is a spreadsheet (by its Content-Type, its parameters aside).
    static func accepts(_ contentType: String?) -> Bool {
        guard let type = contentType?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased() else { return false }
        return contentTypes.contains(type)
    }

    static func parse(_ request: HTTPAPIRequest) throws(APIError) -> BatchSubmission {
        let query = QueryParameters.of(request)
        try QueryParameters.require(query, only: parameters)
        guard let section = query["section"], !section.isEmpty else {
            throw .invalid("section", "section is required: give it in the query (?section=subject&subject=과학)")
        }
        var targetBytes: Int?
        if let text = query["targetBytes"] {
            guard let value = QueryParameters.wholeNumber(text) else { throw .invalid("targetBytes", "targetBytes must be a whole number") }
            targetBytes = value
        }
        var ruleYear: Int?
        if let text = query["ruleYear"] {
            guard let value = QueryParameters.wholeNumber(text) else { throw .invalid("ruleYear", "ruleYear must be a whole number (a 학년도 such as 2026)") }
            ruleYear = value
        }
        let terms = query["extraForbiddenTerms"].map {
            $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        for (name, value) in [("section", section), ("subject", query["subject"] ?? "")] {
            try InputCharacters.check(value, field: name, what: name, lines: false)
        }
        for term in terms ?? [] { try InputCharacters.check(term, field: "extraForbiddenTerms", what: "extraForbiddenTerms", lines: false) }
        guard let body = request.bodyBytes(), !body.isEmpty else {
            throw .invalid("file", "the body must be the roster file (.xlsx, or .csv in UTF-8 or CP949)")
        }
        guard body.count <= maximumBytes else {
            throw APIError(status: 413, code: "too_large", message: "the roster file is larger than \(maximumBytes) bytes", field: "file")
        }
        let rows: [RosterRow]
        do {
            rows = try RosterFile.rows(body)
        } catch {
            throw .invalid("file", error.message)
        }
        for row in rows {
            try InputCharacters.check(row.notes, field: "file", what: "row \(row.line) 메모", lines: true)
            try InputCharacters.check(row.name ?? "", field: "file", what: "row \(row.line) 이름", lines: false)
            try InputCharacters.check(row.part1Text ?? "", field: "file", what: "row \(row.line) 1 세특", lines: true)
        }
        return try BatchSubmission(
            settings: .init(section: section, subject: query["subject"], targetBytes: targetBytes, extraForbiddenTerms: terms, ruleYear: ruleYear),
            students: rows.map { .init(number: $0.number, name: $0.name, notes: $0.notes, part1Text: $0.part1Text, place: "row \($0.line)") })
    }
}
