import Foundation
@testable import Pipeline
import RecordAgents
import Testing

@Suite("Task events")
struct TaskEventsTests {
    /// Finalize encodes the report once and splices it into the version event: the event must stay
    /// byte for byte what encoding the whole version writes, whatever the text holds.
    @Test(arguments: ["", "산화환원 단원에서 \"전지\" 실험을 설계함.", "a/b \\ c\n\t\u{1}", "😀 é"])
    func theVersionEventFromAnEncodedReportIsTheWholeVersionEncoded(_ text: String) throws {
        let request = try DraftRequest(
            notes: "산화환원 단원 수행평가에서 전지 실험을 설계함. 조원 4명 중 측정을 담당함.", section: .subject, subject: "과학")
        for produced in try OfflineEngine().run(request) {
            for final in [produced, FinalVersion(version: produced.version, text: text, bytes: 12, report: produced.report)] {
                let reportJSON = String(decoding: try JSON.encoder.encode(final.report), as: UTF8.self)
                let spliced = TaskEvents.version(final, reportJSON: reportJSON)
                let whole = TaskEvents.version(final)
                #expect(spliced.type == whole.type)
                #expect(spliced.data == whole.data)
            }
        }
    }
}
