/// A cell of an exported sheet: numbers stay numbers, so a spreadsheet sorts 번호 and bytes as such.
package enum SheetCell: Sendable, Equatable {
    case text(String)
    case number(Int)

    var text: String {
        switch self {
        case .text(let text): text
        case .number(let number): String(number)
        }
    }
}
