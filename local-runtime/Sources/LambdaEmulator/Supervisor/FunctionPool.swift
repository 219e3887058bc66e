import DequeModule
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import QueueService

/// The execution environments of one function: reuses a warm one when it can, starts another while
/// fewer than the concurrency limit exist, else throttles a synchronous invocation (as Lambda answers
/// 429) or queues an event-driven one until an environment is free (as Lambda's internal queue and the
/// event source mappings retry throttled work). Environments
/// that timed out or crashed are dropped, and the next invocation gets a fresh one. All bookkeeping
/// happens under one lock, synchronously, so a warm invocation costs no extra thread hop.
package final class FunctionPool: Sendable {
    package let configuration: FunctionConfiguration
    private let console: Console
    private let metrics: FunctionMetrics.Function
    private let eventLoopGroup: any EventLoopGroup
    private let idleTimeout: IdleTimeout
    private let state = NIOLockedValueBox(State())

    private struct State {
        var idle: [ExecutionEnvironment] = []
        /// Environments alive or starting: they count toward the concurrency limit.
        var live = 0
        var waiting: Deque<(Invocation, ResponseChannel)> = []
        /// Invocations accepted and not yet ended, waiting ones included.
        var inFlight = 0
        var drainWaiters: [CheckedContinuation<Void, Never>] = []
        var environments: [ObjectIdentifier: ExecutionEnvironment] = [:]
        var nextInstance = 1
        var stopping = false
        var initDurations: [Duration] = []
    }

    /// What an invocation that finds every environment busy at the concurrency limit gets.
    package enum BusyPolicy: Sendable {
        /// Waits for the next free environment.
        case queue
        /// Fails at once with `TooManyRequestsException`.
        case throttle
    }

    package init(
        configuration: FunctionConfiguration, console: Console, metrics: FunctionMetrics = FunctionMetrics(),
        eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton, idleTimeout: IdleTimeout = .standard
    ) {
        self.idleTimeout = idleTimeout
        self.configuration = configuration
        self.console = console
        self.metrics = metrics.function(configuration.name)
        self.eventLoopGroup = eventLoopGroup
    }

    /// Exec-to-first-`/next` time of each environment, in start order (cold start, for the benchmark).
    package var initDurations: [Duration] { state.withLockedValue { $0.initDurations } }

    /// Environments started so far, alive or not.
    package var environmentsStarted: Int { state.withLockedValue { $0.nextInstance - 1 } }

    private static let shuttingDown = FunctionFailure(kind: .unavailable, errorType: "ServiceException", errorMessage: "local-runtime is shutting down")

    /// Starts an invocation and returns its response channel at once, so callers can stream it.
    package func invoke(_ invocation: Invocation, whenBusy policy: BusyPolicy = .queue) -> ResponseChannel {
        let channel = ResponseChannel()
        enum Plan {
            case refuse
            case throttle
            case run(ExecutionEnvironment)
            case start(instance: Int)
            case wait
        }
        let plan = state.withLockedValue { state -> Plan in
            if state.stopping { return .refuse }
            while let environment = state.idle.popLast() {
                if environment.isAlive {
                    state.inFlight += 1
                    return .run(environment)
                }
                forget(environment, in: &state)
            }
            if state.live < configuration.concurrency {
                state.inFlight += 1
                state.live += 1
                defer { state.nextInstance += 1 }
                return .start(instance: state.nextInstance)
            }
            if policy == .throttle { return .throttle }
            state.inFlight += 1
            state.waiting.append((invocation, channel))
            return .wait
        }
        switch plan {
        case .refuse: channel.fail(Self.shuttingDown)
        case .throttle:
            metrics.throttles.increment()
            channel.fail(throttled)
        case .run(let environment): run(invocation, channel, on: environment)
        case .start(let instance):
            metrics.environments.set(Double(liveEnvironments))
            start(instance: instance, first: (invocation, channel))
        case .wait: break
        }
        return channel
    }

    /// Lambda's answer to a synchronous invocation over the limit: reserved concurrency is the
    /// function's own limit; without it, the account's unreserved pool is.
    private var throttled: FunctionFailure {
        FunctionFailure(
            kind: .throttled, errorType: "TooManyRequestsException", errorMessage: "Rate Exceeded.",
            reason: configuration.hasReservedConcurrency ? "ReservedFunctionConcurrentInvocationLimitExceeded" : "ConcurrentInvocationLimitExceeded")
    }

    private var liveEnvironments: Int { state.withLockedValue { $0.live } }

    private func run(_ invocation: Invocation, _ channel: ResponseChannel, on environment: ExecutionEnvironment) {
        let started = ContinuousClock.now
        channel.whenFinished { terminal in
            let duration = ContinuousClock.now - started
            var failed = false
            switch terminal {
            case .failed: failed = true
            case .end(let streamError): failed = streamError != nil
            case .head, .body: break
            }
            self.metrics.invoked(duration: duration, failed: failed)
            self.report(invocation, duration: duration, environment: environment)
            self.ended(on: environment)
        }
        environment.dispatch(invocation, to: channel)
    }

    /// Lambda's REPORT line, on the console with the handler's output.
    private func report(_ invocation: Invocation, duration: Duration, environment: ExecutionEnvironment) {
        let milliseconds = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
        let outcome = environment.isAlive ? "" : " (environment replaced)"
        console.write(
            function: configuration.name, requestID: invocation.requestID,
            line: Substring("REPORT Duration: \((milliseconds * 100).rounded() / 100) ms Memory Size: \(configuration.memorySize) MB\(outcome)"))
    }

    private func forget(_ environment: ExecutionEnvironment, in state: inout State) {
        if state.environments.removeValue(forKey: ObjectIdentifier(environment)) != nil { state.live -= 1 }
    }

    private func start(instance: Int, first: (Invocation, ResponseChannel)) {
        let environment = ExecutionEnvironment(
            configuration: configuration, instance: instance, console: console, eventLoop: eventLoopGroup.next(),
            idleTimeout: idleTimeout, onInitialized: { duration in self.state.withLockedValue { $0.initDurations.append(duration) } })
        Task {
            do {
                try await environment.start()
                state.withLockedValue { $0.environments[ObjectIdentifier(environment)] = environment }
                run(first.0, first.1, on: environment)
            } catch {
                let failure = error as? FunctionFailure
                    ?? FunctionFailure(kind: .unavailable, errorType: "Runtime.Unknown", errorMessage: "\(error)")
                console.note("\(configuration.name): \(failure.errorMessage)")
                // The same cause would fail every queued invocation too.
                let (queued, drained) = state.withLockedValue { state in
                    state.live -= 1
                    let queued = Array(state.waiting)
                    state.waiting = []
                    state.inFlight -= 1 + queued.count
                    return (queued, takeDrainWaiters(&state))
                }
                metrics.environments.set(Double(liveEnvironments))
                first.1.fail(failure)
                for (_, channel) in queued { channel.fail(failure) }
                for waiter in drained { waiter.resume() }
            }
        }
    }

    /// An invocation on `environment` ended: reuse it for the next queued invocation, park it, or
    /// replace it when it died.
    private func ended(on environment: ExecutionEnvironment) {
        enum Next {
            case none
            case run(Invocation, ResponseChannel)
            case start(Int, Invocation, ResponseChannel)
        }
        let (next, drained) = state.withLockedValue { state -> (Next, [CheckedContinuation<Void, Never>]) in
            state.inFlight -= 1
            var next = Next.none
            if environment.isAlive, !state.stopping {
                if let (invocation, channel) = state.waiting.popFirst() {
                    next = .run(invocation, channel)
                } else {
                    state.idle.append(environment)
                }
            } else {
                forget(environment, in: &state)
                if !state.stopping, let (invocation, channel) = state.waiting.popFirst() {
                    state.live += 1
                    next = .start(state.nextInstance, invocation, channel)
                    state.nextInstance += 1
                }
            }
            return (next, takeDrainWaiters(&state))
        }
        switch next {
        case .none: break
        case .run(let invocation, let channel): run(invocation, channel, on: environment)
        case .start(let instance, let invocation, let channel): start(instance: instance, first: (invocation, channel))
        }
        if !environment.isAlive { metrics.environments.set(Double(liveEnvironments)) }
        for waiter in drained { waiter.resume() }
    }

    private func takeDrainWaiters(_ state: inout State) -> [CheckedContinuation<Void, Never>] {
        guard state.inFlight == 0 else { return [] }
        defer { state.drainWaiters = [] }
        return state.drainWaiters
    }

    /// Refuses new invocations, lets those in flight finish (each is bounded by the function timeout),
    /// then stops every process: SIGTERM, SIGKILL after `grace`.
    package func shutdown(grace: Duration = .milliseconds(500)) async {
        let queued = state.withLockedValue { state in
            state.stopping = true
            defer { state.waiting = [] }
            state.inFlight -= state.waiting.count
            return Array(state.waiting)
        }
        for (_, channel) in queued { channel.fail(Self.shuttingDown) }
        await withCheckedContinuation { continuation in
            let done = state.withLockedValue { state in
                if state.inFlight == 0 { return true }
                state.drainWaiters.append(continuation)
                return false
            }
            if done { continuation.resume() }
        }
        let environments = state.withLockedValue { state in
            defer {
                state.environments = [:]
                state.idle = []
            }
            return Array(state.environments.values)
        }
        await withTaskGroup(of: Void.self) { group in
            for environment in environments {
                group.addTask { await environment.stop(grace: grace) }
            }
        }
    }
}
