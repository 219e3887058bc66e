/// Splits batch entries into requests SQS accepts: at most 10 entries, and at most `maxBytes` of payload
/// unless a single entry is larger on its own (SQS then judges that entry by the per-message limit).
enum BatchChunks {
    static let maxEntries = 10

    static func split<Entry>(_ entries: [Entry], maxBytes: Int, size: (Entry) -> Int) -> [[Entry]] {
        var chunks: [[Entry]] = []
        var current: [Entry] = []
        var currentBytes = 0
        for entry in entries {
            let bytes = size(entry)
            if !current.isEmpty, current.count == maxEntries || currentBytes + bytes > maxBytes {
                chunks.append(current)
                current = []
                currentBytes = 0
            }
            current.append(entry)
            currentBytes += bytes
        }
        if !current.isEmpty { chunks.append(current) }
        return chunks
    }
}
