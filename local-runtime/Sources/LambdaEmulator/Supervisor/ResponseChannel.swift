import DequeModule
import NIOConcurrencyHelpers

/// Carries one invocation's `ResponseEvent`s from the Runtime API (event-loop threads) to one consumer
/// (a gateway request, an event source poller). The first terminal event wins, so a late response
/// racing a timeout or a crash is dropped instead of being delivered twice.
public final class ResponseChannel: Sendable {
    private struct State {
        var buffer: Deque<ResponseEvent> = []
        var consumer: CheckedContinuation<ResponseEvent?, Never>?
        var finished = false
        /// The terminal event, once sent.
        var terminal: ResponseEvent?
        var terminalWaiters: [CheckedContinuation<Void, Never>] = []
        var onFinish: (@Sendable (ResponseEvent) -> Void)?
    }

    private let state = NIOLockedValueBox(State())

    public init() {}

    /// Whether a terminal event was sent.
    public var isFinished: Bool { state.withLockedValue { $0.finished } }

    /// Adds an event; ignored after a terminal event. Returns false when ignored.
    @discardableResult
    public func send(_ event: ResponseEvent) -> Bool {
        let terminal: Bool
        switch event {
        case .end, .failed: terminal = true
        case .head, .body: terminal = false
        }
        let (consumer, waiters, onFinish, accepted) = state.withLockedValue { state in
            guard !state.finished else { return (CheckedContinuation<ResponseEvent?, Never>?.none, [CheckedContinuation<Void, Never>](), (@Sendable (ResponseEvent) -> Void)?.none, false) }
            var waiters: [CheckedContinuation<Void, Never>] = []
            var onFinish: (@Sendable (ResponseEvent) -> Void)?
            if terminal {
                state.finished = true
                state.terminal = event
                waiters = state.terminalWaiters
                state.terminalWaiters = []
                onFinish = state.onFinish
                state.onFinish = nil
            }
            if let consumer = state.consumer {
                state.consumer = nil
                return (consumer, waiters, onFinish, true)
            }
            state.buffer.append(event)
            return (nil, waiters, onFinish, true)
        }
        // The pool hears of the end first, so the environment is free for reuse before the consumer's
        // next invocation asks for one.
        onFinish?(event)
        for waiter in waiters { waiter.resume() }
        consumer?.resume(returning: event)
        return accepted
    }

    public func fail(_ failure: FunctionFailure) {
        send(.failed(failure))
    }

    /// The next event, or nil after the terminal one was consumed. One consumer at a time.
    public func next() async -> ResponseEvent? {
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

    /// Returns once a terminal event was sent, whether or not anyone consumed it.
    public func waitUntilFinished() async {
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
    public func collect() async -> InvocationResult {
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
