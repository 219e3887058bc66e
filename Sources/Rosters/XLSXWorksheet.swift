import XMLCoder

/// The worksheet part an export writes, as XMLCoder encodes it: text as inline strings (no shared
/// string table to keep in step), numbers as values.
struct XLSXWorksheet: Encodable, DynamicNodeEncoding {
    struct SheetData: Encodable { let row: [Row] }

    struct Row: Encodable, DynamicNodeEncoding {
        let r: Int
        let c: [Cell]
        static func nodeEncoding(for key: any CodingKey) -> XMLEncoder.NodeEncoding { key.stringValue == "r" ? .attribute : .element }
    }

    struct Cell: Encodable, DynamicNodeEncoding {
        let r: String
        let t: String?
        let v: Int?
        let `is`: InlineString?
        static func nodeEncoding(for key: any CodingKey) -> XMLEncoder.NodeEncoding {
            key.stringValue == "r" || key.stringValue == "t" ? .attribute : .element
        }
    }

    struct InlineString: Encodable { let t: PreservedText }

    /// `<t xml:space="preserve">`: leading and trailing spaces and line breaks kept as written.
    struct PreservedText: Encodable, DynamicNodeEncoding {
        let space = "preserve"
        let value: String
        enum CodingKeys: String, CodingKey {
            case space = "xml:space"
            case value = ""
        }
        static func nodeEncoding(for key: any CodingKey) -> XMLEncoder.NodeEncoding { key.stringValue == "xml:space" ? .attribute : .element }
    }

    let sheetData: SheetData
    static func nodeEncoding(for key: any CodingKey) -> XMLEncoder.NodeEncoding { .element }

    init(_ rows: [[SheetCell]]) {
        sheetData = SheetData(row: rows.enumerated().map { index, cells in
            Row(r: index + 1, c: cells.enumerated().map { column, cell in
                let reference = XLSXWorksheet.columnName(column) + String(index + 1)
                switch cell {
                case .number(let number): return Cell(r: reference, t: nil, v: number, is: nil)
                case .text(let text):
                    return Cell(r: reference, t: "inlineStr", v: nil, is: InlineString(t: PreservedText(value: XLSXWorksheet.xmlSafe(text))))
                }
            })
        })
    }

    /// 0 → A, 25 → Z, 26 → AA.
    static func columnName(_ index: Int) -> String {
        var name = ""
        var rest = index + 1
        while rest > 0 {
            let digit = (rest - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + digit))) + name
            rest = (rest - 1) / 26
        }
        return name
    }

    /// XML 1.0 cannot carry most control characters, even escaped: they are left out.
    static func xmlSafe(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.value >= 0x20 || $0 == "\t" || $0 == "\n" || $0 == "\r" }))
    }
}
