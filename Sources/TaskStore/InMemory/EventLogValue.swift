/// A stream key's content: its entries, oldest first, and the last id it gave out (kept when old
/// entries are trimmed, so ids keep growing).
struct EventLogValue: Sendable {
    var entries: [(id: StreamEntryID, event: TaskEvent)] = []
    var lastID: StreamEntryID?

    /// Appends with the next id and trims to `maximum` entries (Redis trims `MAXLEN ~` at least that far).
    mutating func append(_ event: TaskEvent, now: Int64, maximum: Int) -> StreamEntryID {
        let id = StreamEntryID.next(after: lastID, now: now)
        var stored = event
        stored.id = id.description
        entries.append((id, stored))
        lastID = id
        if entries.count > max(0, maximum) { entries.removeFirst(entries.count - max(0, maximum)) }
        return id
    }

    /// Entries after `after` (all when nil), oldest first, at most `limit`.
    func events(after: StreamEntryID?, limit: Int) -> [TaskEvent] {
        let start = after.map { after in entries.firstIndex { $0.id > after } ?? entries.endIndex } ?? entries.startIndex
        return entries[start...].prefix(max(0, limit)).map(\.event)
    }
}
