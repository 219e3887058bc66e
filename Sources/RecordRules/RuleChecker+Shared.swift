import Synchronization

extension RuleChecker {
    /// The checker for these options, built once per process while it stays among the most recent
    /// few: a task's stages build the same checker for each of its versions (refine and finalize get
    /// one call per version), and building reads the whole of the notes against every rule. A checker
    /// is a pure value of its options (every field of them is part of the key: section, subject,
    /// budget, target, profile, extra terms, student names and notes), so a shared one answers
    /// exactly as a fresh one would. Callers that arrive while another builds the same checker wait
    /// for it rather than build it twice.
    package static func shared(options: CheckOptions) -> RuleChecker {
        sharedCheckers.value(for: options) { RuleChecker(options: options) }
    }

    private static let sharedCheckers = RecentValues<CheckOptions, RuleChecker>(capacity: 32)
}

/// Values built once per key and kept for the most recently used `capacity` keys, oldest dropped
/// first; safe to share between tasks. A caller that asks while another builds the same key's value
/// waits for that one.
package final class RecentValues<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let capacity: Int
    private let state: Mutex<State>

    private struct State: ~Copyable {
        var entries: [Key: (slot: Slot, lastUse: UInt64)] = [:]
        var uses: UInt64 = 0
    }

    /// One key's value, built by its first caller.
    private final class Slot: Sendable {
        let built = Mutex<Value?>(nil)
    }

    package init(capacity: Int) {
        self.capacity = capacity
        state = Mutex(State())
    }

    package func value(for key: Key, build: () -> Value) -> Value {
        slot(for: key).built.withLock { built in
            if let built { return built }
            let value = build()
            built = value
            return value
        }
    }

    /// Replaces the key's value (when it is still kept).
    package func update(_ key: Key, to value: Value) {
        slot(for: key).built.withLock { $0 = value }
    }

    private func slot(for key: Key) -> Slot {
        state.withLock { state in
            state.uses += 1
            if let index = state.entries.index(forKey: key) {
                state.entries.values[index].lastUse = state.uses
                return state.entries.values[index].slot
            }
            if state.entries.count >= capacity, let oldest = state.entries.min(by: { $0.value.lastUse < $1.value.lastUse })?.key {
                state.entries[oldest] = nil
            }
            let slot = Slot()
            state.entries[key] = (slot, state.uses)
            return slot
        }
    }
}
