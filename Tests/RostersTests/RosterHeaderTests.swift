import Testing
@testable import Rosters

@Suite("Roster headers and rows")
struct RosterHeaderTests {
    @Test(arguments: [
        (["번호", "이름", "메모"], true),
        (["출석번호", "성명", "내용"], true),
        (["No.", "Name", "활동 내용"], true),
        (["\u{FEFF}번호", " 학생명 ", "관찰(1학기)"], true),
        (["no", "활동"], false),
    ])
    func usualSpellingsAreRecognised(_ example: ([String], Bool)) throws {
        let rows = try RosterTable.rows([example.0, example.1 ? ["3", "김민지", "전지 실험을 설계함."] : ["3", "전지 실험을 설계함."]])
        #expect(rows == [RosterRow(number: 3, name: example.1 ? "김민지" : nil, notes: "전지 실험을 설계함.", line: 2)])
    }

    /// For part 2 of a 공통과목: each student's part-1 record, in an optional column; an empty cell is none.
    @Test(arguments: ["1 세특", "1학기 세특", "part1", "공통1 세특", "Part1Text"])
    func thePartOneColumnIsReadByItsUsualHeaders(_ header: String) throws {
        let rows = try RosterTable.rows([["번호", "메모", header], ["1", "발표함.", "기록함."], ["2", "정리함.", " "]])
        #expect(rows.map(\.part1Text) == ["기록함.", nil])
        #expect(try RosterTable.rows([["번호", "메모"], ["1", "발표함."]]).map(\.part1Text) == [nil])
    }

    @Test func aMissingColumnIsNamedWithTheHeaderRowAsFound() {
        #expect(throws: RosterError.self) { try RosterTable.rows([["번호", "이름"], ["1", "김민지"]]) }
        do {
            _ = try RosterTable.rows([["번호", "이름", "비고"], ["1", "김민지", "실험"]])
        } catch {
            #expect(error.message.contains("no 메모 column"))
            #expect(error.message.contains("번호 | 이름 | 비고"))
            #expect(error.line == 1)
        }
        do {
            _ = try RosterTable.rows([[""], ["성명", "메모"], ["김민지", "실험"]])
        } catch {
            #expect(error.message.contains("no 번호 column"))
            #expect(error.line == 2)
        }
    }

    @Test(arguments: [
        ([["번호", "메모"], ["첫째", "실험"]], "row 2: 번호 is \"첫째\""),
        ([["번호", "메모"], ["0", "실험"]], "row 2: 번호 is \"0\""),
        ([["번호", "메모"], ["2.5", "실험"]], "row 2: 번호 is \"2.5\""),
        ([["번호", "메모"], ["1", "실험"], ["", ""], ["1", "발표"]], "row 4: 번호 1 is already on row 2"),
        ([["번호", "메모"], ["1", " "], ["2", "발표"]], "row 2 (번호 1): 메모 is empty"),
        ([["번호", "메모"], ["", ""]], "no students"),
        ([[String]](), "the roster is empty"),
    ])
    func badRowsAreNamedByTheirRow(_ example: ([[String]], String)) {
        do {
            _ = try RosterTable.rows(example.0)
            Issue.record("accepted \(example.0)")
        } catch {
            #expect(error.message.contains(example.1), "\(error.message)")
        }
    }

    @Test func blankRowsAreSkippedAndSpreadsheetNumbersAreWhole() throws {
        let rows = try RosterTable.rows([["", ""], ["번호", "메모"], ["1.0", "실험"], [], ["07", "발표"]])
        #expect(rows.map(\.number) == [1, 7])
        #expect(rows.map(\.line) == [3, 5])
    }

    @Test func moreThanTwoHundredStudentsAreRefused() {
        let cells = [["번호", "메모"]] + (1...201).map { [String($0), "실험"] }
        #expect(throws: RosterError.self) { try RosterTable.rows(cells) }
    }
}
