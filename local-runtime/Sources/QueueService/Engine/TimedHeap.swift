/// A min-heap of (time, message sequence) pairs: when delayed or in-flight messages become visible.
/// Entries go stale when a message is deleted or re-timed; the engine checks each against the message.
struct TimedHeap {
    struct Entry {
        let at: Int64
        let seq: Int64
    }

    private var items: [Entry] = []

    var isEmpty: Bool { items.isEmpty }
    var count: Int { items.count }
    var top: Entry? { items.first }

    mutating func push(_ entry: Entry) {
        items.append(entry)
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard items[child].at < items[parent].at else { break }
            items.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> Entry? {
        guard !items.isEmpty else { return nil }
        items.swapAt(0, items.count - 1)
        let result = items.removeLast()
        siftDown(from: 0)
        return result
    }

    private mutating func siftDown(from start: Int) {
        var parent = start
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var smallest = parent
            if left < items.count, items[left].at < items[smallest].at { smallest = left }
            if right < items.count, items[right].at < items[smallest].at { smallest = right }
            if smallest == parent { break }
            items.swapAt(parent, smallest)
            parent = smallest
        }
    }

    mutating func removeAll() {
        items.removeAll(keepingCapacity: false)
    }

    /// Replaces the contents with `entries`, ordered bottom-up in linear time.
    mutating func rebuild(from entries: [Entry]) {
        items = entries
        var parent = items.count / 2 - 1
        while parent >= 0 {
            siftDown(from: parent)
            parent -= 1
        }
    }
}
