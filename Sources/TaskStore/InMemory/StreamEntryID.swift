/// A stream entry id as Redis writes it, `<milliseconds>-<sequence>`, ordered as Redis orders entries.
struct StreamEntryID: Comparable, Sendable, CustomStringConvertible {
    let milliseconds: UInt64
    let sequence: UInt64

    static let zero = StreamEntryID(milliseconds: 0, sequence: 0)

    init(milliseconds: UInt64, sequence: UInt64) {
        self.milliseconds = milliseconds
        self.sequence = sequence
    }

    /// `<ms>-<seq>`, or `<ms>` alone (sequence 0), as Redis reads an id it is given.
    init(parsing text: String) throws(InMemoryStoreError) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let milliseconds = UInt64(parts[0]) else { throw .invalidStreamID(text) }
        guard parts.count == 2 else {
            self.init(milliseconds: milliseconds, sequence: 0)
            return
        }
        guard let sequence = UInt64(parts[1]) else { throw .invalidStreamID(text) }
        self.init(milliseconds: milliseconds, sequence: sequence)
    }

    /// The id an append at `now` gets after `last`: Redis's rule, so ids grow even if the clock does not.
    static func next(after last: StreamEntryID?, now: Int64) -> StreamEntryID {
        let milliseconds = UInt64(max(0, now))
        guard let last, last.milliseconds >= milliseconds else { return StreamEntryID(milliseconds: milliseconds, sequence: 0) }
        return StreamEntryID(milliseconds: last.milliseconds, sequence: last.sequence + 1)
    }

    var description: String { "\(milliseconds)-\(sequence)" }

    static func < (left: StreamEntryID, right: StreamEntryID) -> Bool {
        (left.milliseconds, left.sequence) < (right.milliseconds, right.sequence)
    }
}
