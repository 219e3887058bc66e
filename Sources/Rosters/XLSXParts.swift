/// The parts of an .xlsx package a roster is read from, as XMLCoder decodes them (attributes and
/// elements alike by name). Only what finding the first sheet and its cell texts needs.
enum XLSXParts {
    /// `xl/workbook.xml`: the sheets in tab order.
    struct Workbook: Decodable {
        struct Sheets: Decodable { let sheet: [Sheet]? }
        struct Sheet: Decodable {
            let name: String?
            let relationship: String?
            enum CodingKeys: String, CodingKey {
                case name
                case relationship = "r:id"
            }
        }
        let sheets: Sheets?
    }

    /// `xl/_rels/workbook.xml.rels`: which part each relationship id points at.
    struct Relationships: Decodable {
        struct Relationship: Decodable {
            let id: String
            let target: String
            enum CodingKeys: String, CodingKey {
                case id = "Id"
                case target = "Target"
            }
        }
        let relationship: [Relationship]?
        enum CodingKeys: String, CodingKey { case relationship = "Relationship" }
    }

    /// Text that may carry attributes (`<t xml:space="preserve">`), or be empty.
    struct Text: Decodable {
        let value: String
        enum CodingKeys: String, CodingKey { case value = "" }
        init(from decoder: any Decoder) throws {
            value = (try? decoder.container(keyedBy: CodingKeys.self).decodeIfPresent(String.self, forKey: .value)) ?? ""
        }
    }

    /// A string item: plain (`<t>`) or rich text in runs (`<r><t>`); phonetic runs (`<rPh>`) are not text.
    struct StringItem: Decodable {
        struct Run: Decodable { let t: Text? }
        let t: Text?
        let r: [Run]?
        var text: String { t?.value ?? (r ?? []).map { $0.t?.value ?? "" }.joined() }
    }

    /// `xl/sharedStrings.xml`.
    struct SharedStrings: Decodable { let si: [StringItem]? }

    /// A worksheet's cells, row by row.
    struct Worksheet: Decodable {
        struct SheetData: Decodable { let row: [Row]? }
        struct Row: Decodable {
            let r: String?
            let c: [Cell]?
        }
        struct Cell: Decodable {
            /// The reference, such as `B7`.
            let r: String?
            /// The type: `s` shared string, `inlineStr`, `str` formula text, `b`, `e`, or a number when absent.
            let t: String?
            let v: Text?
            let `is`: StringItem?
        }
        let sheetData: SheetData?
    }
}
