/// A roster file as uploaded: an .xlsx workbook (a zip package) or CSV text, told apart by content,
/// since browsers and programs label CSV files inconsistently.
package enum RosterFile {
    package static func rows(_ bytes: [UInt8]) throws(RosterError) -> [RosterRow] {
        try RosterTable.rows(cells(bytes))
    }

    static func cells(_ bytes: [UInt8]) throws(RosterError) -> [[String]] {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return try XLSXReader.cells(bytes) }
        // The compound-file signature of .xls, Excel's format before 2007.
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw RosterError("the file is an old Excel workbook (.xls); save it as .xlsx or CSV")
        }
        return try CSVReader.cells(KoreanText.decode(bytes))
    }
}
