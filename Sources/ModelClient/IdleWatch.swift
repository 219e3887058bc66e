import CurlHTTP
import Synchronization

/// Cuts a streaming answer off when, once it has begun, nothing more of it arrives for `limit`: a server
/// that stalls mid-answer would otherwise hold the stage until the attempt's timeout. Before the first
/// piece of text the attempt's timeout alone applies (a server may queue a request, or read a long prompt).
final class IdleWatch: Sendable {
    private struct State {
        var last: ContinuousClock.Instant?
        var expired = false
    }

    private let limit: Duration
    private let state = Mutex(State())

    init(limit: Duration) {
        self.limit = limit
    }

    /// A piece of the answer's text arrived.
    func arrived() {
        state.withLock { $0.last = .now }
    }

    /// Whether the watch cut the answer off.
    var expired: Bool { state.withLock { $0.expired } }

    /// Until cancelled: abandons `body` once the answer has begun and then been silent for the limit.
    func watch(_ body: ChunkPipe) async {
        while !Task.isCancelled {
            let wait: Duration? = state.withLock { state in
                guard let last = state.last else { return limit }
                let silent = last.duration(to: .now)
                guard silent < limit else {
                    state.expired = true
                    return nil
                }
                return limit - silent
            }
            guard let wait else {
                body.abandon()
                return
            }
            try? await Task.sleep(for: wait)
        }
    }
}
