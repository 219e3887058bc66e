import Synchronization
import TaskStore

/// A clock for the in-memory store that moves only when a test says so: TTLs run out and waits end
/// at `advance`, never on their own, so a test about time takes no time and cannot race the machine.
package final class ManualStoreClock: StoreClock {
    private struct State {
        var now: Int64
        var sleepers: [Int: (deadline: Int64, continuation: CheckedContinuation<Void, any Error>)] = [:]
        var nextSleeper = 0
    }

    private let state: Mutex<State>

    package init(startingAt milliseconds: Int64 = 1_700_000_000_000) {
        state = Mutex(State(now: milliseconds))
    }

    package var nowMilliseconds: Int64 { state.withLock { $0.now } }

    /// Moves the clock on and wakes every sleeper whose deadline it reached.
    package func advance(by duration: Duration) {
        let woken = state.withLock { state in
            let (seconds, attoseconds) = duration.components
            state.now += seconds * 1000 + attoseconds / 1_000_000_000_000_000
            let due = state.sleepers.filter { $0.value.deadline <= state.now }
            for number in due.keys { state.sleepers[number] = nil }
            return due.values.map(\.continuation)
        }
        for sleeper in woken { sleeper.resume() }
    }

    /// How many sleepers wait for the clock: what a test waits on before advancing past their deadline.
    package var sleeperCount: Int { state.withLock { $0.sleepers.count } }

    package func sleep(untilMilliseconds deadline: Int64) async throws {
        let number = state.withLock { state in
            state.nextSleeper += 1
            return state.nextSleeper
        }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let outcome: Result<Void, any Error>? = state.withLock { state in
                    if Task.isCancelled { return .failure(CancellationError()) }
                    if state.now >= deadline { return .success(()) }
                    state.sleepers[number] = (deadline, continuation)
                    return nil
                }
                if let outcome { continuation.resume(with: outcome) }
            }
        } onCancel: {
            state.withLock { $0.sleepers.removeValue(forKey: number) }?.continuation.resume(throwing: CancellationError())
        }
    }
}
