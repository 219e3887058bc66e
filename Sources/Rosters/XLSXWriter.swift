import Foundation
import XMLCoder
import ZIPFoundation

/// A one-sheet .xlsx workbook (Office Open XML, SpreadsheetML) with only the parts the format requires:
/// the package's fixed parts, and the sheet encoded by XMLCoder.
package enum XLSXWriter {
    package static func bytes(_ rows: [[SheetCell]], sheetName: String) throws -> [UInt8] {
        let encoder = XMLEncoder()
        let sheet = try encoder.encode(
            XLSXWorksheet(rows), withRootKey: "worksheet", rootAttributes: ["xmlns": mainNamespace],
            header: XMLHeader(version: 1.0, encoding: "UTF-8", standalone: "yes"))
        let parts: [(String, Data)] = [
            ("[Content_Types].xml", Data(contentTypes.utf8)),
            ("_rels/.rels", Data(packageRelationships.utf8)),
            ("xl/workbook.xml", Data(workbook(sheetName: sheetName).utf8)),
            ("xl/_rels/workbook.xml.rels", Data(workbookRelationships.utf8)),
            ("xl/worksheets/sheet1.xml", sheet),
        ]
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, data) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return Array(archive.data ?? Data())
    }

    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#

    static let contentTypes = header + """
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
        <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
        </Types>
        """

    static let packageRelationships = header + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
        </Relationships>
        """

    static let workbookRelationships = header + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
        </Relationships>
        """

    /// A sheet name is at most 31 characters, without `[]:*?/\`; the caller's is trimmed to fit.
    static func workbook(sheetName: String) -> String {
        let name = String(sheetName.filter { !"[]:*?/\\<>&\"'".contains($0) }.prefix(31))
        return header + """
            <workbook xmlns="\(mainNamespace)" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <sheets><sheet name="\(name.isEmpty ? "Sheet1" : name)" sheetId="1" r:id="rId1"/></sheets></workbook>
            """
    }
}
