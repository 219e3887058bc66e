/// One execution environment's lifecycle as explicit states: the process initialising, then serving
/// one invocation at a time, until it is stopped (killed, timed out, crashed, or its init failed).
/// Pure: every event returns the action the environment then performs (deliver, fail a channel, kill,
/// cancel the timer), so each path is tested without a process, as `RuntimeStateMachine` is.
struct EnvironmentStateMachine: Sendable {
    typealias Deliver = @Sendable (Invocation, Int64) -> Void

    /// An invocation the pool handed over, with the channel its events go to.
    struct Pending: Sendable {
        let invocation: Invocation
        let channel: ResponseChannel
    }

    enum Lifecycle: Sendable {
        /// Spawned; the runtime has not asked for its first invocation yet.
        case initializing(spawnedAt: ContinuousClock.Instant?)
        /// The runtime asked for an invocation at least once.
        case running
        /// No further invocation goes to it. `initFailure` answers any that still arrives.
        case stopped(wasInitialized: Bool, initFailure: FunctionFailure?)
    }

    /// What the runtime and the pool are doing with the one invocation slot.
    enum Slot: Sendable {
        case empty
        /// Handed over by the pool; the runtime has not asked for it yet.
        case queued(Pending)
        /// The runtime waits on `/next`; nothing to give it yet.
        case parked(Deliver)
        /// Given to the runtime; `answering` once a `/response` or `/error` for it began.
        case invoking(Pending, answering: Bool)
    }

    private(set) var lifecycle = Lifecycle.initializing(spawnedAt: nil)
    private(set) var slot = Slot.empty
    /// The last invocation answered (or timed out): its late answers are told apart from unknown ids,
    /// and output after the answer is still attributed to it.
    private(set) var lastAnswered: String?

    var isAlive: Bool {
        if case .stopped = lifecycle { return false }
        return true
    }

    private var isInitialized: Bool {
        switch lifecycle {
        case .initializing: false
        case .running: true
        case .stopped(let wasInitialized, _): wasInitialized
        }
    }

    /// The request output belongs to: the one in progress, else the one waiting, else the last one
    /// answered; nil before the first (init output).
    var currentRequestID: String? {
        switch slot {
        case .invoking(let pending, _), .queued(let pending): pending.invocation.requestID
        case .empty, .parked: lastAnswered
        }
    }

    // MARK: start

    /// The process is about to be spawned: init time counts from here.
    mutating func spawning(at instant: ContinuousClock.Instant) {
        if case .initializing = lifecycle { lifecycle = .initializing(spawnedAt: instant) }
    }

    /// The process could not be spawned, or was asked to stop: nothing more goes to it.
    mutating func stop() {
        if case .stopped = lifecycle { return }
        lifecycle = .stopped(wasInitialized: isInitialized, initFailure: nil)
    }

    /// Whether the init timer, armed once the process runs, is still wanted (the first `/next` may
    /// have come before it was armed).
    var wantsInitTimer: Bool {
        if case .initializing = lifecycle { return true }
        return false
    }

    // MARK: pool side

    enum DispatchAction {
        /// Kept until the runtime asks.
        case queued
        /// The runtime waits: hand it the invocation and arm its timeout.
        case deliver(Deliver, Invocation)
        /// The environment takes no invocation: answer it with this failure.
        case fail(ResponseChannel, FunctionFailure)
    }

    mutating func dispatch(_ invocation: Invocation, to channel: ResponseChannel) -> DispatchAction {
        if case .stopped(_, let initFailure) = lifecycle {
            return .fail(channel, initFailure ?? .exited(requestID: invocation.requestID, status: "environment stopped"))
        }
        let pending = Pending(invocation: invocation, channel: channel)
        switch slot {
        case .empty:
            slot = .queued(pending)
            return .queued
        case .parked(let deliver):
            slot = .invoking(pending, answering: false)
            return .deliver(deliver, invocation)
        case .queued, .invoking:
            // The pool hands an invocation only to an environment that finished its last one.
            return .fail(channel, .exited(requestID: invocation.requestID, status: "environment busy"))
        }
    }

    // MARK: runtime side

    enum NextAction {
        /// Wait for an invocation. `initDuration` is set on the first `/next`: cancel the init timer.
        case park(initDuration: Duration?)
        /// An invocation was waiting: hand it over and arm its timeout.
        case deliver(Deliver, Invocation, initDuration: Duration?)
        case reject(RuntimeAPIRejection)
    }

    mutating func requestNext(_ deliver: @escaping Deliver, at now: ContinuousClock.Instant) -> NextAction {
        if case .invoking = slot { return .reject(.outOfOrder("/next while an invocation is in progress")) }
        var initDuration: Duration?
        switch lifecycle {
        case .initializing(let spawnedAt):
            lifecycle = .running
            initDuration = spawnedAt.map { now - $0 }
        case .stopped(false, let initFailure):
            // Asked to stop while initialising, yet it finished: its exit is no init failure.
            lifecycle = .stopped(wasInitialized: true, initFailure: initFailure)
        case .running, .stopped:
            break
        }
        switch slot {
        case .queued(let pending) where isAlive:
            slot = .invoking(pending, answering: false)
            return .deliver(deliver, pending.invocation, initDuration: initDuration)
        case .queued:
            // Stopped: what is queued fails when the process exits; this `/next` is never answered.
            return .park(initDuration: initDuration)
        case .empty, .parked:
            slot = .parked(deliver)
            return .park(initDuration: initDuration)
        case .invoking:
            preconditionFailure("rejected above")
        }
    }

    /// Whether the invocation's timeout is still to be armed (it may have ended before the loop got to it).
    func isInvoking(_ requestID: String) -> Bool {
        if case .invoking(let pending, _) = slot { return pending.invocation.requestID == requestID }
        return false
    }

    /// Checks a `/response` or `/error` against the invocation in progress and marks it as being answered.
    mutating func beginAnswer(requestID: String, invocationID: String?) -> Result<ResponseChannel, RuntimeAPIRejection> {
        guard case .invoking(let pending, let answering) = slot else {
            return .failure(requestID == lastAnswered ? .alreadyAnswered(requestID) : .outOfOrder("no invocation in progress"))
        }
        guard pending.invocation.requestID == requestID else {
            return .failure(requestID == lastAnswered ? .alreadyAnswered(requestID) : .wrongRequestID(requestID))
        }
        if let invocationID, invocationID != pending.invocation.invocationID { return .failure(.stale) }
        guard !answering else { return .failure(.alreadyAnswered(requestID)) }
        slot = .invoking(pending, answering: true)
        return .success(pending.channel)
    }

    /// The invocation in progress ended with an answer: the slot is free before its consumer hears of
    /// it. Returns the channel the last events go to (cancel the timeout), nil when it already ended.
    mutating func finish(requestID: String) -> ResponseChannel? {
        guard case .invoking(let pending, _) = slot, pending.invocation.requestID == requestID else { return nil }
        slot = .empty
        lastAnswered = requestID
        return pending.channel
    }

    enum InitErrorAction {
        /// Cancel the init timer, fail what waits (if anything) with the failure, and kill the process.
        case tearDown(waiting: Pending?)
        case reject(RuntimeAPIRejection)
    }

    /// `/init/error`: accepted only before the first `/next`.
    mutating func reportInitError(_ failure: FunctionFailure) -> InitErrorAction {
        guard !isInitialized else { return .reject(.outOfOrder("/init/error after initialization")) }
        lifecycle = .stopped(wasInitialized: false, initFailure: failure)
        return .tearDown(waiting: takeQueued())
    }

    // MARK: failures

    enum InitTimeoutAction {
        case none
        /// Fail what waits (if anything) with the failure and kill the process.
        case stop(failure: FunctionFailure, waiting: Pending?)
    }

    mutating func initTimedOut(limitSeconds: Int) -> InitTimeoutAction {
        guard case .initializing = lifecycle else { return .none }
        let failure = FunctionFailure(
            kind: .initialization, errorType: "Sandbox.Timedout", errorMessage: "Init phase timed out after \(limitSeconds) seconds")
        lifecycle = .stopped(wasInitialized: false, initFailure: failure)
        return .stop(failure: failure, waiting: takeQueued())
    }

    /// The invocation's timeout fired: returns its channel to fail (then kill the process), nil when
    /// the invocation had ended already.
    mutating func invocationTimedOut(requestID: String) -> ResponseChannel? {
        guard case .invoking(let pending, _) = slot, pending.invocation.requestID == requestID else { return nil }
        slot = .empty
        lastAnswered = requestID
        stop()
        return pending.channel
    }

    struct ExitAction {
        /// Invocations the process took with it, to fail with `failure` or, without one, as exited.
        let orphans: [Pending]
        let failure: FunctionFailure?
    }

    /// The process is gone: cancel the timer, fail the orphans, close the endpoint.
    mutating func processExited(status: String) -> ExitAction {
        var orphans: [Pending] = []
        switch slot {
        case .invoking(let pending, _), .queued(let pending): orphans.append(pending)
        case .empty, .parked: break
        }
        slot = .empty
        let initialized = isInitialized
        var initFailure: FunctionFailure?
        if case .stopped(_, let failure) = lifecycle { initFailure = failure }
        lifecycle = .stopped(wasInitialized: initialized, initFailure: initFailure)
        let failure = initFailure ?? (initialized ? nil : FunctionFailure(
            kind: .initialization, errorType: "Runtime.ExitError", errorMessage: "Runtime exited during init: \(status)"))
        return ExitAction(orphans: orphans, failure: failure)
    }

    private mutating func takeQueued() -> Pending? {
        guard case .queued(let pending) = slot else { return nil }
        slot = .empty
        return pending
    }
}
