/// One page of a teacher's tasks or batches, newest first.
public struct WorkPage: Sendable, Equatable {
    /// A task or batch id and when it was created.
    public struct Entry: Sendable, Equatable {
        public var id: String
        public var createdAtMilliseconds: Int64
        public init(id: String, createdAtMilliseconds: Int64) {
            self.id = id
            self.createdAtMilliseconds = createdAtMilliseconds
        }
    }

    /// Where a page starts: after the entry last shown (its time and id, since several may share a
    /// millisecond).
    public struct Cursor: Sendable, Equatable {
        public var createdAtMilliseconds: Int64
        public var id: String
        public init(createdAtMilliseconds: Int64, id: String) {
            self.createdAtMilliseconds = createdAtMilliseconds
            self.id = id
        }
    }

    public var entries: [Entry]
    /// Where the next page starts; nil on the last page.
    public var next: Cursor?

    public init(entries: [Entry], next: Cursor?) {
        self.entries = entries
        self.next = next
    }
}

/// Which of a teacher's lists: their own tasks (not a batch's), or their batches.
public enum WorkKind: Sendable {
    case tasks
    case batches
}
