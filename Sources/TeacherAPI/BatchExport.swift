import Foundation
import LambdaWire
import RecordRules
import Rosters
import TaskStore

/// `GET /v1/batches/<id>/export?format=xlsx|csv[&encoding=utf-8|cp949]`: one row per student in roster
/// order, ready to paste into NEIS: 번호, 이름, the version exported, its text, its NEIS bytes and the
/// rule findings.
enum BatchExport {
    enum Format: String, CaseIterable {
        case xlsx
        case csv
    }

    static let header: [SheetCell] = [.text("번호"), .text("이름"), .text("버전"), .text("초안"), .text("NEIS 바이트"), .text("점검 결과")]
    static let parameters = ["encoding", "format"]

    static func response(batchID: String, students: [BatchStudentState], query: [String: String]) throws(APIError) -> HTTPAPIResponse {
        try QueryParameters.require(query, only: parameters)
        let formatText = query["format"] ?? Format.xlsx.rawValue
        guard let format = Format(rawValue: formatText.lowercased()) else {
            throw .invalid("format", "format must be xlsx or csv, not \"\(formatText.prefix(20))\"")
        }
        let encodingText = query["encoding"] ?? CSVWriter.Encoding.utf8.rawValue
        guard let encoding = CSVWriter.Encoding(rawValue: encodingText.lowercased()) else {
            throw .invalid("encoding", "encoding must be utf-8 or cp949, not \"\(encodingText.prefix(20))\"")
        }
        guard format == .csv || query["encoding"] == nil else {
            throw .invalid("encoding", "encoding applies to format=csv only")
        }
        let rows = [header] + students.map(row)
        let bytes: [UInt8]
        let contentType: String
        switch format {
        case .csv:
            bytes = CSVWriter.bytes(rows, encoding: encoding)
            contentType = "text/csv; charset=\(encoding == .utf8 ? "utf-8" : "cp949")"
        case .xlsx:
            do {
                bytes = try XLSXWriter.bytes(rows, sheetName: "생기부 초안")
            } catch {
                throw .unavailable("the workbook could not be written; try again or export CSV")
            }
            contentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        }
        return HTTPAPIResponse(
            statusCode: 200,
            headers: [
                "content-type": contentType, "cache-control": "no-store",
                "content-disposition": "attachment; filename=\"batch-\(batchID.prefix(8)).\(format.rawValue)\"",
            ],
            binaryBody: bytes)
    }

    /// The teacher's choice as they edited it, else the first completed version; a student with neither
    /// gets an empty draft and what became of their task.
    static func row(_ student: BatchStudentState) -> [SheetCell] {
        let start: [SheetCell] = [.number(student.number), .text(student.name ?? "")]
        guard let draft = student.draft else { return start + [.text(""), .text(""), .text(""), .text(state(of: student))] }
        return start + [.number(draft.version), .text(draft.text), draft.bytes.map(SheetCell.number) ?? .text(""), .text(findings(draft.report))]
    }

    /// `통과` when the version passes with nothing to say; otherwise every finding with its severity.
    static func findings(_ report: RuleReport?) -> String {
        guard let report else { return "점검 결과 없음" }
        guard !report.violations.isEmpty else { return report.passes ? "통과" : "확인 필요" }
        return report.violations.map { "[\($0.severity == .block ? "차단" : "주의")] \($0.category.rawValue): \($0.reason)" }
            .joined(separator: "\n")
    }

    static func state(of student: BatchStudentState) -> String {
        guard let task = student.task else { return "삭제됨" }
        switch task.status {
        case .queued, .running: return "작성 중"
        case .completed, .failed: return "초안 없음: " + (task.failureReason ?? student.versions.compactMap(\.failureReason).first ?? "모든 버전 실패")
        }
    }
}
