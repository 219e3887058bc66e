import Foundation
import LambdaWire
import NIOCore
import NIOPosix
import QueueService
import Synchronization

/// One execution environment: a function process and the Runtime API endpoint only it talks to.
/// It runs one invocation at a time; the pool decides when it gets the next. What it may do next is
/// decided by its `EnvironmentStateMachine`; this class performs the actions (deliver, fail, kill)
/// outside the lock.
final class ExecutionEnvironment: Sendable {
    let configuration: FunctionConfiguration
    let instance: Int
    let console: Console
    private let eventLoop: any EventLoop
    private let idleTimeout: IdleTimeout
    /// Called once, at the first `/next`, with the time from exec to that request.
    private let onInitialized: @Sendable (Duration) -> Void

    /// The state machine and the resources its actions act on.
    private struct Locked {
        var machine = EnvironmentStateMachine()
        var server: (any Channel)?
        var process: ChildProcess?
        /// The init timeout, then each invocation's.
        var timer: Scheduled<Void>?
        /// Set once the process is gone (or never started); `stop` waits for it.
        var exited = false
        var exitWaiters: [CheckedContinuation<Void, Never>] = []

        mutating func cancelTimer() {
            timer?.cancel()
            timer = nil
        }

        /// Returns the tasks waiting for the exit, to resume outside the lock.
        mutating func markExited() -> [CheckedContinuation<Void, Never>] {
            exited = true
            defer { exitWaiters = [] }
            return exitWaiters
        }
    }

    private let locked = Mutex(Locked())

    init(configuration: FunctionConfiguration, instance: Int, console: Console, eventLoop: any EventLoop,
         idleTimeout: IdleTimeout, onInitialized: @escaping @Sendable (Duration) -> Void) {
        self.idleTimeout = idleTimeout
        self.onInitialized = onInitialized
        self.configuration = configuration
        self.instance = instance
        self.console = console
        self.eventLoop = eventLoop
    }

    var isAlive: Bool { locked.withLock { $0.machine.isAlive } }

    /// The request output belongs to: the one in progress, else the last one (a runtime may log after
    /// posting its response), nil before the first (init output).
    var currentRequestID: String? { locked.withLock { $0.machine.currentRequestID } }

    /// Binds the endpoint and spawns the process; the init limit starts now.
    func start() async throws {
        let server = try await RuntimeAPIServer.bind(environment: self, eventLoop: eventLoop, idleTimeout: idleTimeout)
        guard let address = server.localAddress, let port = address.port else {
            try? await server.close()
            throw FunctionFailure(kind: .unavailable, errorType: "Runtime.Unknown", errorMessage: "the Runtime API endpoint has no port")
        }
        guard let located = configuration.located else {
            try? await server.close()
            throw FunctionFailure(
                kind: .unavailable, errorType: "Runtime.InvalidEntrypoint", errorMessage: configuration.locateError ?? "no executable")
        }
        let splitter = LineSplitter()
        let name = configuration.name
        let process: ChildProcess
        do {
            locked.withLock { $0.machine.spawning(at: .now) }
            process = try ChildProcess(
                executable: located.executable.path,
                environment: configuration.processEnvironment(runtimeAPI: "127.0.0.1:\(port)", instance: instance),
                directory: located.taskRoot.path,
                // Strong captures on purpose: output and exit are reported even after the pool dropped us.
                output: { data in
                    let requestID = self.currentRequestID
                    let emit: (Substring) -> Void = { self.console.write(function: name, requestID: requestID, line: $0) }
                    if data.isEmpty { splitter.flush(emit: emit) } else { splitter.feed(data, emit: emit) }
                },
                onExit: { status in self.processExited(status: status) })
        } catch {
            try? await server.close()
            let waiters = locked.withLock { locked in
                locked.machine.stop()
                return locked.markExited()
            }
            for waiter in waiters { waiter.resume() }
            throw FunctionFailure(kind: .unavailable, errorType: "Runtime.InvalidEntrypoint", errorMessage: "\(error)")
        }
        let limit = configuration.initTimeoutSeconds
        let scheduled = eventLoop.scheduleTask(in: .seconds(Int64(limit))) { [weak self] () -> Void in
            self?.initTimedOut(limit: limit)
        }
        let exitedAlready = locked.withLock { locked in
            locked.process = process
            if locked.machine.wantsInitTimer { locked.timer = scheduled } else { scheduled.cancel() }
            // A process that exited at once found no endpoint to close.
            if locked.exited { return true }
            locked.server = server
            return false
        }
        if exitedAlready { try? await server.close() }
    }

    // MARK: pool side

    /// Hands an invocation to the runtime: now if it waits on `/next`, else when it asks.
    func dispatch(_ invocation: Invocation, to channel: ResponseChannel) {
        switch locked.withLock({ $0.machine.dispatch(invocation, to: channel) }) {
        case .queued: break
        case .deliver(let deliver, let invocation): hand(invocation, to: deliver)
        case .fail(let channel, let failure): channel.fail(failure)
        }
    }

    // MARK: runtime side (called from the endpoint's event loop)

    enum NextOutcome {
        case parked
        case rejected(RuntimeAPIRejection)
    }

    func requestNext(deliver: @escaping @Sendable (Invocation, Int64) -> Void) -> NextOutcome {
        let action = locked.withLock { locked in
            let action = locked.machine.requestNext(deliver, at: .now)
            switch action {
            case .park(initDuration: .some), .deliver(_, _, initDuration: .some): locked.cancelTimer()
            case .park, .deliver, .reject: break
            }
            return action
        }
        switch action {
        case .reject(let rejection):
            return .rejected(rejection)
        case .park(let initDuration):
            if let initDuration { onInitialized(initDuration) }
        case .deliver(let deliver, let invocation, let initDuration):
            if let initDuration { onInitialized(initDuration) }
            hand(invocation, to: deliver)
        }
        return .parked
    }

    /// Answers the parked `/next` with the invocation and arms its timeout.
    private func hand(_ invocation: Invocation, to deliver: @escaping @Sendable (Invocation, Int64) -> Void) {
        let deadline = Int64(Date().timeIntervalSince1970 * 1000) + Int64(configuration.timeoutSeconds) * 1000
        // The timeout is armed on the loop together with the `/next` answer: one hand-off to the
        // loop's thread per invocation, not two.
        let arm: @Sendable () -> Void = { [self] in
            armTimeout(requestID: invocation.requestID)
            deliver(invocation, deadline)
        }
        if eventLoop.inEventLoop { arm() } else { eventLoop.execute(arm) }
    }

    /// Starts the invocation's timeout, unless it already ended.
    private func armTimeout(requestID: String) {
        let seconds = configuration.timeoutSeconds
        locked.withLock { locked in
            guard locked.machine.isInvoking(requestID) else { return }
            locked.timer = eventLoop.scheduleTask(in: .seconds(Int64(seconds))) { [weak self] () -> Void in
                self?.invocationTimedOut(requestID: requestID, seconds: seconds)
            }
        }
    }

    /// Checks a `/response` or `/error` against the invocation in progress and marks it as being answered.
    func beginAnswer(requestID: String, invocationID: String?) -> Result<ResponseChannel, RuntimeAPIRejection> {
        locked.withLock { $0.machine.beginAnswer(requestID: requestID, invocationID: invocationID) }
    }

    /// Ends the invocation in progress with the last events (the final one terminal); the environment
    /// is free again before the consumer hears of it, so the pool can hand it the next invocation.
    func finish(requestID: String, with events: ResponseEvent...) {
        let channel = locked.withLock { locked -> ResponseChannel? in
            guard let channel = locked.machine.finish(requestID: requestID) else { return nil }
            locked.cancelTimer()
            return channel
        }
        channel?.send(events)
    }

    /// `/init/error`: accepted only before the first `/next`. The environment is then torn down and the
    /// failure answers the invocation waiting for it.
    func reportInitError(_ failure: FunctionFailure) -> RuntimeAPIRejection? {
        let action = locked.withLock { locked in
            let action = locked.machine.reportInitError(failure)
            if case .tearDown = action { locked.cancelTimer() }
            return action
        }
        guard case .tearDown(let waiting) = action else {
            if case .reject(let rejection) = action { return rejection }
            return nil
        }
        console.note("\(configuration.name) init failed: \(failure.errorType)")
        waiting?.channel.fail(failure)
        // Give the runtime a moment to read its 202 and exit by itself.
        eventLoop.scheduleTask(in: .milliseconds(500)) { [weak self] () -> Void in self?.kill() }
        return nil
    }

    // MARK: failures

    private func initTimedOut(limit: Int) {
        guard case .stop(let failure, let waiting) = locked.withLock({ $0.machine.initTimedOut(limitSeconds: limit) }) else { return }
        console.note("\(configuration.name) instance \(instance) did not ask for an invocation within \(limit) s; stopping it")
        waiting?.channel.fail(failure)
        kill()
    }

    private func invocationTimedOut(requestID: String, seconds: Int) {
        guard let channel = locked.withLock({ $0.machine.invocationTimedOut(requestID: requestID) }) else { return }
        console.note("\(configuration.name) [\(requestID)] Task timed out after \(seconds).00 seconds; replacing the instance")
        channel.fail(.timeout(requestID: requestID, seconds: seconds))
        kill()
    }

    private func processExited(status: String) {
        let (action, endpoint, waiters) = locked.withLock { locked in
            locked.cancelTimer()
            return (locked.machine.processExited(status: status), locked.server, locked.markExited())
        }
        if !action.orphans.isEmpty {
            console.note("\(configuration.name) instance \(instance) exited (\(status)); replacing it")
        }
        for orphan in action.orphans {
            orphan.channel.fail(action.failure ?? .exited(requestID: orphan.invocation.requestID, status: status))
        }
        for waiter in waiters { waiter.resume() }
        endpoint?.close(promise: nil)
    }

    /// Kills the process group at once.
    func kill() {
        signal(SIGKILL)
    }

    private func signal(_ number: Int32) {
        let process = locked.withLock { locked in
            locked.machine.stop()
            return locked.process
        }
        process?.signal(number)
    }

    /// Asks the process to stop (SIGTERM), then kills it after `grace`; returns once it has exited.
    func stop(grace: Duration) async {
        let (started, server) = locked.withLock { ($0.process != nil, $0.server) }
        guard started else {
            try? await server?.close()
            return
        }
        signal(SIGTERM)
        let killer = eventLoop.scheduleTask(in: .milliseconds(Int64(grace / .milliseconds(1)))) { [weak self] () -> Void in
            self?.kill()
        }
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let exited = locked.withLock { locked in
                if locked.exited { return true }
                locked.exitWaiters.append(continuation)
                return false
            }
            if exited { continuation.resume() }
        }
        killer.cancel()
    }
}
