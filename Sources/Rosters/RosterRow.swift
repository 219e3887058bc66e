/// One student of a roster: the attendance number, the name when the roster has one, and the notes.
package struct RosterRow: Sendable, Equatable {
    package var number: Int
    package var name: String?
    package var notes: String
    /// Where the row is in the file (1-based, the header row counted), for messages.
    package var line: Int

    package init(number: Int, name: String?, notes: String, line: Int) {
        self.number = number
        self.name = name
        self.notes = notes
        self.line = line
    }
}
