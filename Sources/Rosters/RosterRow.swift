/// One student of a roster: the attendance number, the name when the roster has one, and the notes.
package struct RosterRow: Sendable, Equatable {
    package var number: Int
    package var name: String?
    package var notes: String
    /// The student's part-1 record, when the roster has that column and the cell is not empty.
    package var part1Text: String?
    /// The row as a spreadsheet program numbers it (1-based, the header counted; a CSV record whose
    /// quoted notes span several lines is one row), for messages.
    package var line: Int

    package init(number: Int, name: String?, notes: String, line: Int, part1Text: String? = nil) {
        self.number = number
        self.name = name
        self.notes = notes
        self.line = line
        self.part1Text = part1Text
    }
}
