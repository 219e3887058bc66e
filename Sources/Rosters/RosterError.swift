/// Why a roster cannot be used, said so the teacher can fix the file: the column or the row.
package struct RosterError: Error, Sendable, Equatable, CustomStringConvertible {
    package let message: String
    /// The spreadsheet row (1-based, as the spreadsheet program numbers it) the problem is in, if one.
    package let line: Int?

    package init(_ message: String, line: Int? = nil) {
        self.message = message
        self.line = line
    }

    package var description: String { message }
}
