/// The runtime's lifecycle as explicit states, so every Runtime API call is checked against the
/// contract: one outcome per invocation, `/error` only before a stream starts, `/next` only when idle.
/// Pure: it decides, the caller performs the I/O the returned action names.
struct RuntimeStateMachine: Sendable {
    enum State: Equatable, Sendable {
        case initializing
        /// Ready for `/next`.
        case idle
        /// The handler runs and nothing has been sent yet.
        case invoking
        /// A streamed `/response` is open.
        case streaming
        /// The outcome was sent; the handler may still be running.
        case responded
        /// Initialisation failed or the runtime hit a fatal error.
        case stopped
    }

    enum WriteAction: Equatable { case openStream, append }
    enum CompletionAction: Equatable { case postEmptyResponse, closeStream, nothing }
    enum FailureAction: Equatable { case postError, closeStreamWithErrorTrailers, logOnly }

    private(set) var state = State.initializing

    mutating func initSucceeded() {
        precondition(state == .initializing, "initialised twice")
        state = .idle
    }

    mutating func initFailed() {
        state = .stopped
    }

    mutating func invocationReceived() throws(RuntimeError) {
        guard state == .idle else { throw .invalidResponseOrder("an invocation arrived while in state \(state)") }
        state = .invoking
    }

    /// A buffered response: allowed once, before anything else was sent.
    mutating func respond() throws(RuntimeError) {
        guard state == .invoking else { throw .invalidResponseOrder("cannot send a response in state \(state)") }
        state = .responded
    }

    mutating func write() throws(RuntimeError) -> WriteAction {
        switch state {
        case .invoking:
            state = .streaming
            return .openStream
        case .streaming:
            return .append
        default:
            throw .invalidResponseOrder("cannot stream in state \(state)")
        }
    }

    mutating func finish() throws(RuntimeError) -> CompletionAction {
        switch state {
        case .invoking:
            state = .responded
            return .postEmptyResponse
        case .streaming:
            state = .responded
            return .closeStream
        default:
            throw .invalidResponseOrder("cannot finish in state \(state)")
        }
    }

    /// The handler returned: whatever it left open is completed, then the runtime is idle again.
    mutating func handlerReturned() -> CompletionAction {
        defer { if state != .stopped { state = .idle } }
        switch state {
        case .invoking: return .postEmptyResponse
        case .streaming: return .closeStream
        default: return .nothing
        }
    }

    /// The handler threw: before any output that is an `/error`; mid-stream it becomes error trailers.
    mutating func handlerFailed() -> FailureAction {
        defer { if state != .stopped { state = .idle } }
        switch state {
        case .invoking: return .postError
        case .streaming: return .closeStreamWithErrorTrailers
        default: return .logOnly
        }
    }

    mutating func fatal() {
        state = .stopped
    }
}
