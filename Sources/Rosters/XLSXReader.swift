import Foundation
import XMLCoder
import ZIPFoundation

/// The cells of an .xlsx workbook's first sheet (the first tab), as text.
package enum XLSXReader {
    /// What one part may unpack to: a roster of 200 students is far below it; a zip bomb is not.
    static let maximumPartBytes: UInt64 = 32 * 1024 * 1024

    package static func cells(_ bytes: [UInt8]) throws(RosterError) -> [[String]] {
        let notWorkbook = RosterError("the file is not an .xlsx workbook that can be read; save it again as .xlsx or CSV")
        guard let archive = try? Archive(data: Data(bytes), accessMode: .read) else { throw notWorkbook }
        let decoder = XMLDecoder(trimValueWhitespaces: false, removeWhitespaceElements: true)
        func part<T: Decodable>(_ path: String, as type: T.Type) throws(RosterError) -> T? {
            guard let entry = archive[path] else { return nil }
            guard entry.uncompressedSize <= maximumPartBytes else {
                throw RosterError("the workbook's \(path) unpacks to more than \(maximumPartBytes / 1024 / 1024) MB")
            }
            var data = Data()
            do {
                _ = try archive.extract(entry) { data.append($0) }
                return try decoder.decode(T.self, from: data)
            } catch {
                throw notWorkbook
            }
        }
        guard let workbook = try part("xl/workbook.xml", as: XLSXParts.Workbook.self),
              let first = workbook.sheets?.sheet?.first, let relationship = first.relationship,
              let relationships = try part("xl/_rels/workbook.xml.rels", as: XLSXParts.Relationships.self),
              let target = relationships.relationship?.first(where: { $0.id == relationship })?.target,
              let sheet = try part(sheetPath(target), as: XLSXParts.Worksheet.self)
        else { throw notWorkbook }
        let shared = try part("xl/sharedStrings.xml", as: XLSXParts.SharedStrings.self)?.si?.map(\.text) ?? []
        return try grid(sheet, shared: shared)
    }

    /// A relationship target is relative to `xl/`, or absolute within the package.
    static func sheetPath(_ target: String) -> String {
        target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
    }

    private static func grid(_ sheet: XLSXParts.Worksheet, shared: [String]) throws(RosterError) -> [[String]] {
        var rows: [[String]] = []
        for row in sheet.sheetData?.row ?? [] {
            // Rows and cells may be left out when empty: their references say where each one is.
            let index = row.r.flatMap(Int.init).map { $0 - 1 } ?? rows.count
            guard index >= rows.count, index < 1_048_576 else { throw RosterError("the sheet's rows are out of order") }
            rows += Array(repeating: [], count: index - rows.count)
            var cells: [String] = []
            for cell in row.c ?? [] {
                let column = cell.r.flatMap(columnIndex) ?? cells.count
                guard column >= cells.count, column < 16_384 else { throw RosterError("row \(index + 1): the cells are out of order") }
                cells += Array(repeating: "", count: column - cells.count)
                cells.append(try text(of: cell, shared: shared, row: index + 1))
            }
            rows.append(cells)
        }
        return rows
    }

    private static func text(of cell: XLSXParts.Worksheet.Cell, shared: [String], row: Int) throws(RosterError) -> String {
        let value = cell.v?.value ?? ""
        switch cell.t {
        case "s":
            guard let index = Int(value), shared.indices.contains(index) else {
                throw RosterError("row \(row): a cell points at a shared string the workbook does not have", line: row)
            }
            return shared[index]
        case "inlineStr": return cell.is?.text ?? ""
        case "b": return value == "1" ? "TRUE" : "FALSE"
        default: return value
        }
    }

    /// `B7` → 1, `AA3` → 26.
    static func columnIndex(_ reference: String) -> Int? {
        let letters = reference.prefix { $0.isASCII && $0.isLetter }.uppercased()
        guard !letters.isEmpty, letters.count <= 3 else { return nil }
        return letters.unicodeScalars.reduce(0) { $0 * 26 + Int($1.value - 64) } - 1
    }
}
