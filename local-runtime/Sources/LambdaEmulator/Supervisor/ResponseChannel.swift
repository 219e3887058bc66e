import DequeModule
import NIOConcurrencyHelpers

/// Carries one invocation's `ResponseEvent`s from the Runtime API (event-loop threads) to one consumer
/// (a gateway request, an event source poller). The first terminal event wins, so a late response
/// racing a timeout or a crash is dropped instead of being delivered twice. A consumer that goes
/// away (a gateway client that closed its connection) abandons the channel, which tells the producer
/// to stop the response instead of streaming it to no one.
package final class ResponseChannel: Sendable {
    private struct State {
        var buffer: Deque<ResponseEvent> = []
        var consumer: CheckedContinuation<ResponseEvent?, Never>?
        var finished = false
        /// The terminal event, once sent.
        var terminal: ResponseEvent?
        var terminalWaiters: [CheckedContinuation<Void, Never>] = []
        var onFinish: (@Sendable (ResponseEvent) -> Void)?
        var abandoned = false
        var onAbandon: (@Sendable () -> Void)?
    }

    private let state = NIOLockedValueBox(State())

    package init() {}

    /// Whether a terminal event was sent.
    package var isFinished: Bool { state.withLockedValue { $0.finished } }

    /// Adds an event; ignored after a terminal event. Returns false when ignored.
    @discardableResult
    package func send(_ event: ResponseEvent) -> Bool {
        send([event]) == 1
    }

    /// Adds events in order, at once: a consumer waiting for the first finds the others already there,
    /// so a whole buffered response costs it one wake-up, not one per event. Events after a terminal
    /// one are ignored; returns how many were taken.
    @discardableResult
    func send(_ events: [ResponseEvent]) -> Int {
        let (consumer, first, terminal, waiters, onFinish, accepted) = state.withLockedValue { state in
            var accepted = 0
            var terminal: ResponseEvent?
            for event in events where !state.finished {
                accepted += 1
                state.buffer.append(event)
                switch event {
                case .end, .failed:
                    state.finished = true
                    state.terminal = event
                    terminal = event
                case .head, .body:
                    break
                }
            }
            var waiters: [CheckedContinuation<Void, Never>] = []
            var onFinish: (@Sendable (ResponseEvent) -> Void)?
            if terminal != nil {
                waiters = state.terminalWaiters
                state.terminalWaiters = []
                onFinish = state.onFinish
                state.onFinish = nil
                state.onAbandon = nil
            }
            var consumer: CheckedContinuation<ResponseEvent?, Never>?
            var first: ResponseEvent?
            if accepted > 0, let waiting = state.consumer {
                state.consumer = nil
                consumer = waiting
                first = state.buffer.popFirst()
            }
            return (consumer, first, terminal, waiters, onFinish, accepted)
        }
        // The pool hears of the end first, so the environment is free for reuse before the consumer's
        // next invocation asks for one.
        if let terminal { onFinish?(terminal) }
        for waiter in waiters { waiter.resume() }
        if let consumer { consumer.resume(returning: first) }
        return accepted
    }

    package func fail(_ failure: FunctionFailure) {
        send(.failed(failure))
    }

    /// The next event, or nil after the terminal one was consumed. One consumer at a time.
    package func next() async -> ResponseEvent? {
        await withCheckedContinuation { continuation in
            let ready: ResponseEvent?? = state.withLockedValue { state in
                if let event = state.buffer.popFirst() { return .some(event) }
                if state.finished { return .some(nil) }
                state.consumer = continuation
                return .none
            }
            if let ready { continuation.resume(returning: ready) }
        }
    }

    /// Runs `callback` once, synchronously, with the terminal event when it is sent (at once if it was).
    func whenFinished(_ callback: @escaping @Sendable (ResponseEvent) -> Void) {
        let terminal = state.withLockedValue { state -> ResponseEvent? in
            if let terminal = state.terminal { return terminal }
            state.onFinish = callback
            return nil
        }
        if let terminal { callback(terminal) }
    }

    /// The consumer is gone: the producer's `whenAbandoned` callback runs (now or when it registers),
    /// unless the response has already ended.
    package func abandon() {
        let callback = state.withLockedValue { state -> (@Sendable () -> Void)? in
            guard !state.finished, !state.abandoned else { return nil }
            state.abandoned = true
            defer { state.onAbandon = nil }
            return state.onAbandon
        }
        callback?()
    }

    /// Runs `callback` once if the consumer abandons the channel before the terminal event (at once if
    /// it already has). The producer registers it while it can still stop the response.
    func whenAbandoned(_ callback: @escaping @Sendable () -> Void) {
        let now = state.withLockedValue { state in
            if state.finished { return false }
            if state.abandoned { return true }
            state.onAbandon = callback
            return false
        }
        if now { callback() }
    }

    /// Returns once a terminal event was sent, whether or not anyone consumed it.
    package func waitUntilFinished() async {
        await withCheckedContinuation { continuation in
            let done = state.withLockedValue { state in
                if state.finished { return true }
                state.terminalWaiters.append(continuation)
                return false
            }
            if done { continuation.resume() }
        }
    }

    /// Reads every event and joins the body.
    package func collect() async -> InvocationResult {
        var contentType: String?
        var body: [UInt8] = []
        while let event = await next() {
            switch event {
            case .head(let type, _): contentType = type
            case .body(let bytes): body += bytes
            case .end(let streamError): return .success(contentType: contentType, body: body, streamError: streamError)
            case .failed(let failure): return .failure(failure)
            }
        }
        return .failure(FunctionFailure(kind: .crash, errorType: "Runtime.Unknown", errorMessage: "the response ended without an outcome"))
    }
}
