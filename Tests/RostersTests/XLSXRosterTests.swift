import Foundation
import Testing
import ZIPFoundation
@testable import Rosters

@Suite("xlsx rosters")
struct XLSXRosterTests {
    /// A workbook laid out as Excel writes one: shared strings (one of them rich text in runs), numbers
    /// as values, an empty cell left out, the first tab pointing at a sheet that is not sheet1.
    static func excelStyleWorkbook() throws -> [UInt8] {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let parts = [
            "[Content_Types].xml": XLSXWriter.contentTypes,
            "_rels/.rels": XLSXWriter.packageRelationships,
            "xl/workbook.xml": """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="\(main)" xmlns:r="\(relationships)">
                  <sheets>
                    <sheet name="2반" sheetId="2" r:id="rId7"/>
                    <sheet name="다른 반" sheetId="1" r:id="rId1"/>
                  </sheets>
                </workbook>
                """,
            "xl/_rels/workbook.xml.rels": """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                  <Relationship Id="rId1" Type="\(relationships)/worksheet" Target="worksheets/sheet1.xml"/>
                  <Relationship Id="rId7" Type="\(relationships)/worksheet" Target="/xl/worksheets/sheet2.xml"/>
                </Relationships>
                """,
            "xl/sharedStrings.xml": """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <sst xmlns="\(main)" count="5" uniqueCount="5">
                  <si><t>출석번호</t></si>
                  <si><t>성명</t></si>
                  <si><t>관찰 내용</t></si>
                  <si><t>김민지</t></si>
                  <si><r><rPr><b/></rPr><t xml:space="preserve">전지 실험을 </t></r><r><t>설계함.</t></r></si>
                </sst>
                """,
            "xl/worksheets/sheet2.xml": """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <worksheet xmlns="\(main)">
                  <sheetData>
                    <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>
                    <row r="2"><c r="A2"><v>1</v></c><c r="B2" t="s"><v>3</v></c><c r="C2" t="s"><v>4</v></c></row>
                    <row r="4"><c r="A4"><v>2</v></c><c r="C4" t="inlineStr"><is><t>결과를 발표함.</t></is></c></row>
                  </sheetData>
                </worksheet>
                """,
            "xl/worksheets/sheet1.xml": "<worksheet xmlns=\"\(main)\"><sheetData/></worksheet>",
        ]
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in parts.sorted(by: { $0.key < $1.key }) {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return Array(try #require(archive.data))
    }

    @Test func theFirstTabIsReadWithSharedRichAndInlineStrings() throws {
        let rows = try RosterFile.rows(try Self.excelStyleWorkbook())
        #expect(rows == [
            RosterRow(number: 1, name: "김민지", notes: "전지 실험을 설계함.", line: 2),
            RosterRow(number: 2, name: nil, notes: "결과를 발표함.", line: 4),
        ])
    }

    @Test func anExportReadsBackCellForCell() throws {
        let rows: [[SheetCell]] = [
            [.text("번호"), .text("이름"), .text("메모")],
            [.number(1), .text("김민지"), .text("  앞뒤 공백과\n줄바꿈, <태그> & \"따옴표\"  ")],
            [.number(12), .text(""), .text("두 번째 학생")],
        ]
        let bytes = try XLSXWriter.bytes(rows, sheetName: "생기부 초안")
        #expect(try XLSXReader.cells(bytes) == rows.map { $0.map(\.text) })
    }

    @Test func aDamagedPackageIsRefusedAsNotAWorkbook() {
        do {
            _ = try RosterFile.rows([0x50, 0x4B, 0x03, 0x04, 0x00, 0x01])
            Issue.record("accepted a damaged package")
        } catch {
            #expect(error.message.contains("not an .xlsx workbook"))
        }
    }

    @Test func columnReferences() {
        #expect(XLSXReader.columnIndex("A1") == 0)
        #expect(XLSXReader.columnIndex("AA10") == 26)
        #expect(XLSXWorksheet.columnName(0) == "A")
        #expect(XLSXWorksheet.columnName(27) == "AB")
    }
}
