import Foundation
import Testing
@testable import Rosters

@Suite("CSV rosters")
struct CSVRosterTests {
    static let text = "번호,이름,메모\r\n1,김민지,\"전지 실험을 설계함.\n\n결과를 \"\"발표\"\"함.\"\r\n2,이준호,\"자료, 표를 정리함.\"\r\n"

    static let expected = [
        RosterRow(number: 1, name: "김민지", notes: "전지 실험을 설계함.\n\n결과를 \"발표\"함.", line: 2),
        RosterRow(number: 2, name: "이준호", notes: "자료, 표를 정리함.", line: 3),
    ]

    @Test func utf8WithAndWithoutAByteOrderMark() throws {
        #expect(try RosterFile.rows(Array(Self.text.utf8)) == Self.expected)
        #expect(try RosterFile.rows([0xEF, 0xBB, 0xBF] + Array(Self.text.utf8)) == Self.expected)
    }

    @Test func cp949AsKoreanExcelSavesIt() throws {
        let bytes = CP949.encode(Self.text)
        #expect(String(validating: bytes, as: UTF8.self) == nil)
        #expect(try RosterFile.rows(bytes) == Self.expected)
    }

    @Test func lineEndingsOfEveryKind() throws {
        let rows = try CSVReader.cells("번호,메모\n1,실험\r2,발표\r\n3,\"마지막\"")
        #expect(rows == [["번호", "메모"], ["1", "실험"], ["2", "발표"], ["3", "마지막"]])
    }

    @Test func anUnclosedQuoteIsNamedByItsLine() {
        do {
            _ = try CSVReader.cells("번호,메모\n1,\"실험\n2,발표\n")
            Issue.record("accepted an unclosed quote")
        } catch {
            #expect(error.message.contains("never closed"))
        }
    }

    @Test func bytesThatAreNeitherUTF8NorCP949AndOldWorkbooksAreRefused() {
        #expect(throws: RosterError.self) { try RosterFile.rows([0xFF, 0xFF, 0xFE, 0x80, 0x81]) }
        do {
            _ = try RosterFile.rows([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
        } catch {
            #expect(error.message.contains(".xls"))
        }
    }

    @Test func writtenCSVReadsBackWithFormulaSignsDisarmed() throws {
        let rows: [[SheetCell]] = [[.text("번호"), .text("초안")], [.number(1), .text("쉼표, \"따옴표\"\n줄바꿈")], [.number(2), .text("=1+1")]]
        let utf8 = CSVWriter.bytes(rows, encoding: .utf8)
        #expect(utf8.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(try CSVReader.cells(KoreanText.decode(utf8)) == [["번호", "초안"], ["1", "쉼표, \"따옴표\"\n줄바꿈"], ["2", "'=1+1"], []].dropLast())
        let cp949 = CSVWriter.bytes(rows, encoding: .cp949)
        #expect(CP949.decode(cp949)?.hasPrefix("번호,초안\r\n") == true)
    }
}
