/// RFC 4180 CSV: fields separated by commas, quoted with double quotes when they hold a comma, a quote
/// (doubled) or a line break; lines end in CRLF or LF.
package enum CSVReader {
    package static func cells(_ text: String) throws(RosterError) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var line = 1
        var characters = text.makeIterator()
        var pending = characters.next()
        while let character = pending {
            pending = characters.next()
            if quoted {
                if character == "\"" {
                    if pending == "\"" {
                        field.append("\"")
                        pending = characters.next()
                    } else {
                        quoted = false
                    }
                } else {
                    if character.isNewline { line += 1 }
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"" where field.isEmpty: quoted = true
            case ",":
                row.append(field)
                field = ""
            // "\r\n" is one Character in Swift.
            case "\n", "\r\n", "\r":
                row.append(field)
                rows.append(row)
                row = []
                field = ""
                line += 1
            default: field.append(character)
            }
        }
        guard !quoted else { throw RosterError("line \(line): a quoted field is never closed (a \" is missing)", line: line) }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        return rows
    }
}
