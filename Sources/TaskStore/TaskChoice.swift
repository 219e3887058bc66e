/// The version a teacher picked for a task, as they left it: the text (edited or as drafted), whether
/// they marked it final, and that text's rule report (JSON), checked when the choice was made.
package struct TaskChoice: Sendable, Equatable {
    package let version: Int
    package let text: String
    /// True when `text` differs from the version's own.
    package let edited: Bool
    /// The teacher's mark that this is what goes into NEIS; a later choice may still replace it.
    package let final: Bool
    /// The official NEIS byte count of `text`.
    package let bytes: Int
    package let reportJSON: String
    package let chosenAtMilliseconds: Int64

    package init(version: Int, text: String, edited: Bool, final: Bool, bytes: Int, reportJSON: String, chosenAtMilliseconds: Int64) {
        self.version = version
        self.text = text
        self.edited = edited
        self.final = final
        self.bytes = bytes
        self.reportJSON = reportJSON
        self.chosenAtMilliseconds = chosenAtMilliseconds
    }
}
