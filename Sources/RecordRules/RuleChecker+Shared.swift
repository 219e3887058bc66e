import Synchronization

extension RuleChecker {
    /// The checker for these options, built once per process while it stays among the most recent
    /// few: a task's stages build the same checker for each of its versions (refine and finalize get
    /// one call per version), and building reads the whole of the notes against every rule. A checker
    /// is a pure value of its options (every field of them is part of the key: section, subject,
    /// budget, target, profile, extra terms, student names and notes), so a shared one answers
    /// exactly as a fresh one would. Callers that arrive while another builds the same checker wait
    /// for it rather than build it twice.
    public static func shared(options: CheckOptions) -> RuleChecker {
        let entry = SharedCheckers.cache.withLock { cache in cache.entry(for: options) }
        return entry.checker(options: options)
    }
}

/// The most recently used checkers, at most `capacity`, oldest dropped first.
struct SharedCheckers: ~Copyable {
    static let capacity = 32
    static let cache = Mutex(SharedCheckers())

    private var entries: [CheckOptions: (entry: Entry, lastUse: UInt64)] = [:]
    private var uses: UInt64 = 0

    mutating func entry(for options: CheckOptions) -> Entry {
        uses += 1
        if let index = entries.index(forKey: options) {
            entries.values[index].lastUse = uses
            return entries.values[index].entry
        }
        if entries.count >= Self.capacity, let oldest = entries.min(by: { $0.value.lastUse < $1.value.lastUse })?.key {
            entries[oldest] = nil
        }
        let entry = Entry()
        entries[options] = (entry, uses)
        return entry
    }

    /// One checker, built by its first caller.
    final class Entry: Sendable {
        private let built = Mutex<RuleChecker?>(nil)

        func checker(options: CheckOptions) -> RuleChecker {
            built.withLock { built in
                if let built { return built }
                let checker = RuleChecker(options: options)
                built = checker
                return checker
            }
        }
    }
}
