import Foundation

/// A roster from the cells of a sheet or CSV file: the first non-empty row is the header, every later
/// non-empty row a student.
package enum RosterTable {
    package static let maximumStudents = 200
    /// The longest name kept: a name is for the teacher's own list, never drafted.
    package static let maximumNameLength = 50

    package static func rows(_ cells: [[String]]) throws(RosterError) -> [RosterRow] {
        func blank(_ row: [String]) -> Bool { row.allSatisfy { $0.allSatisfy(\.isWhitespace) } }
        guard let headerIndex = cells.firstIndex(where: { !blank($0) }) else {
            throw RosterError("the roster is empty: it needs a header row with 번호 and 메모 (이름 optional) and a row per student")
        }
        let header = cells[headerIndex]
        var columns: [RosterColumn: Int] = [:]
        for (index, cell) in header.enumerated() {
            guard let column = RosterColumn(header: cell) else { continue }
            guard columns[column] == nil else {
                throw RosterError("the header row has two \(column.rawValue) columns; keep one", line: headerIndex + 1)
            }
            columns[column] = index
        }
        for column in [RosterColumn.number, .notes] where columns[column] == nil {
            let spellings = column.spellings.filter { $0.unicodeScalars.contains { $0.value >= 0xAC00 } }.sorted()
            throw RosterError(
                "the roster has no \(column.rawValue) column (a header such as \(spellings.joined(separator: ", "))); its header row is: "
                    + header.map { $0.prefix(30) }.joined(separator: " | "),
                line: headerIndex + 1)
        }
        var rows: [RosterRow] = []
        var seen: [Int: Int] = [:]
        for index in cells.indices.dropFirst(headerIndex + 1) where !blank(cells[index]) {
            let line = index + 1
            func cell(_ column: RosterColumn) -> String {
                guard let at = columns[column], at < cells[index].count else { return "" }
                return cells[index][at].trimmingCharacters(in: .whitespacesAndNewlines)
            }
            let number = try parseNumber(cell(.number), line: line)
            if let earlier = seen[number] {
                throw RosterError("row \(line): 번호 \(number) is already on row \(earlier); each student once", line: line)
            }
            seen[number] = line
            let name = cell(.name)
            guard name.count <= maximumNameLength, !name.contains(where: \.isNewline) else {
                throw RosterError("row \(line) (번호 \(number)): 이름 must be one line of at most \(maximumNameLength) characters", line: line)
            }
            let notes = cell(.notes)
            guard !notes.isEmpty else { throw RosterError("row \(line) (번호 \(number)): 메모 is empty", line: line) }
            let part1 = cell(.part1)
            rows.append(RosterRow(number: number, name: name.isEmpty ? nil : name, notes: notes, line: line, part1Text: part1.isEmpty ? nil : part1))
        }
        guard !rows.isEmpty else { throw RosterError("the roster has a header row but no students") }
        guard rows.count <= maximumStudents else {
            throw RosterError("the roster has \(rows.count) students; a batch takes at most \(maximumStudents)")
        }
        return rows
    }

    /// 7, 7.0 (a spreadsheet's number) and 07 are 7; 번호 is a positive whole number.
    private static func parseNumber(_ text: String, line: Int) throws(RosterError) -> Int {
        if let number = Int(text), number > 0 { return number }
        if let value = Double(text), value == value.rounded(), value >= 1, value <= 100_000 { return Int(value) }
        let shown = text.isEmpty ? "empty" : "\"\(text.prefix(20))\""
        throw RosterError("row \(line): 번호 is \(shown); it must be a positive whole number", line: line)
    }
}
