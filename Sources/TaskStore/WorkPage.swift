/// One page of a teacher's tasks or batches, newest first.
package struct WorkPage: Sendable, Equatable {
    /// A task or batch id and when it was created.
    package struct Entry: Sendable, Equatable {
        package var id: String
        package var createdAtMilliseconds: Int64
        package init(id: String, createdAtMilliseconds: Int64) {
            self.id = id
            self.createdAtMilliseconds = createdAtMilliseconds
        }
    }

    /// Where a page starts: after the entry last shown (its time and id, since several may share a
    /// millisecond).
    package struct Cursor: Sendable, Equatable {
        package var createdAtMilliseconds: Int64
        package var id: String
        package init(createdAtMilliseconds: Int64, id: String) {
            self.createdAtMilliseconds = createdAtMilliseconds
            self.id = id
        }
    }

    package var entries: [Entry]
    /// Where the next page starts; nil on the last page.
    package var next: Cursor?

    package init(entries: [Entry], next: Cursor?) {
        self.entries = entries
        self.next = next
    }
}

/// Which of a teacher's lists: their own tasks (not a batch's), or their batches.
package enum WorkKind: Sendable {
    case tasks
    case batches
}
