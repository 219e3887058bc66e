import Foundation
import LambdaWire
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import QueueService

/// One execution environment: a function process and the Runtime API endpoint only it talks to.
/// It runs one invocation at a time; the pool decides when it gets the next.
final class ExecutionEnvironment: @unchecked Sendable {
    let configuration: FunctionConfiguration
    let instance: Int
    let console: Console
    private let eventLoop: any EventLoop
    private let idleTimeout: IdleTimeout
    private let lock = NIOLock()

    // Guarded by `lock`.
    private var server: (any Channel)?
    private var process: ChildProcess?
    private var parkedNext: (@Sendable (Invocation, Int64) -> Void)?
    private var queued: (Invocation, ResponseChannel)?
    private var current: Current?
    private var lastAnswered: String?
    private var initialized = false
    private var initFailure: FunctionFailure?
    private var dead = false
    private var timer: Scheduled<Void>?
    private let exit = ExitSignal()
    private var spawnedAt: ContinuousClock.Instant?
    /// Called once, at the first `/next`, with the time from exec to that request.
    private let onInitialized: @Sendable (Duration) -> Void

    private struct Current {
        let invocation: Invocation
        let channel: ResponseChannel
        var answering = false
    }

    init(configuration: FunctionConfiguration, instance: Int, console: Console, eventLoop: any EventLoop,
         idleTimeout: IdleTimeout, onInitialized: @escaping @Sendable (Duration) -> Void) {
        self.idleTimeout = idleTimeout
        self.onInitialized = onInitialized
        self.configuration = configuration
        self.instance = instance
        self.console = console
        self.eventLoop = eventLoop
    }

    var isAlive: Bool { lock.withLock { !dead } }

    /// The request output belongs to: the one in progress, else the last one (a runtime may log after
    /// posting its response), nil before the first (init output).
    var currentRequestID: String? { lock.withLock { current?.invocation.requestID ?? queued?.0.requestID ?? lastAnswered } }

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
            lock.withLock { spawnedAt = .now }
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
            lock.withLock { dead = true }
            exit.fire()
            throw FunctionFailure(kind: .unavailable, errorType: "Runtime.InvalidEntrypoint", errorMessage: "\(error)")
        }
        lock.withLock { self.server = server; self.process = process }
        let limit = configuration.initTimeoutSeconds
        let scheduled = eventLoop.scheduleTask(in: .seconds(Int64(limit))) { [weak self] () -> Void in
            self?.initTimedOut(limit: limit)
        }
        lock.withLock { if !initialized { timer = scheduled } else { scheduled.cancel() } }
    }

    // MARK: pool side

    /// Hands an invocation to the runtime: now if it waits on `/next`, else when it asks.
    func dispatch(_ invocation: Invocation, to channel: ResponseChannel) {
        let failure: FunctionFailure? = lock.withLock {
            if dead { return initFailure ?? .exited(requestID: invocation.requestID, status: "environment stopped") }
            queued = (invocation, channel)
            return nil
        }
        if let failure {
            channel.fail(failure)
            return
        }
        deliverIfParked()
    }

    // MARK: runtime side (called from the endpoint's event loop)

    enum NextOutcome {
        case parked
        case rejected(RuntimeAPIRejection)
    }

    func requestNext(deliver: @escaping @Sendable (Invocation, Int64) -> Void) -> NextOutcome {
        var initDuration: Duration?
        let outcome: NextOutcome = lock.withLock {
            if current != nil { return .rejected(.outOfOrder("/next while an invocation is in progress")) }
            if !initialized {
                initialized = true
                timer?.cancel()
                timer = nil
                initDuration = spawnedAt.map { ContinuousClock.now - $0 }
            }
            parkedNext = deliver
            return .parked
        }
        if let initDuration { onInitialized(initDuration) }
        if case .parked = outcome { deliverIfParked() }
        return outcome
    }

    private func deliverIfParked() {
        let ready: (deliver: @Sendable (Invocation, Int64) -> Void, invocation: Invocation, deadline: Int64)? = lock.withLock {
            guard !dead, let deliver = parkedNext, let (invocation, channel) = queued else { return nil }
            parkedNext = nil
            queued = nil
            current = Current(invocation: invocation, channel: channel)
            let deadline = Int64(Date().timeIntervalSince1970 * 1000) + Int64(configuration.timeoutSeconds) * 1000
            return (deliver, invocation, deadline)
        }
        guard let ready else { return }
        // The timeout is armed on the loop together with the `/next` answer: one hand-off to the
        // loop's thread per invocation, not two.
        let arm: @Sendable () -> Void = { [self] in
            armTimeout(requestID: ready.invocation.requestID)
            ready.deliver(ready.invocation, ready.deadline)
        }
        if eventLoop.inEventLoop { arm() } else { eventLoop.execute(arm) }
    }

    /// Starts the invocation's timeout, unless it already ended.
    private func armTimeout(requestID: String) {
        let seconds = configuration.timeoutSeconds
        lock.withLock {
            guard current?.invocation.requestID == requestID else { return }
            timer = eventLoop.scheduleTask(in: .seconds(Int64(seconds))) { [weak self] () -> Void in
                self?.invocationTimedOut(requestID: requestID, seconds: seconds)
            }
        }
    }

    /// Checks a `/response` or `/error` against the invocation in progress and marks it as being answered.
    func beginAnswer(requestID: String, invocationID: String?) -> Result<ResponseChannel, RuntimeAPIRejection> {
        lock.withLock {
            guard var current else {
                return .failure(requestID == lastAnswered ? .alreadyAnswered(requestID) : .outOfOrder("no invocation in progress"))
            }
            guard current.invocation.requestID == requestID else {
                return .failure(requestID == lastAnswered ? .alreadyAnswered(requestID) : .wrongRequestID(requestID))
            }
            if let invocationID, invocationID != current.invocation.invocationID { return .failure(.stale) }
            guard !current.answering else { return .failure(.alreadyAnswered(requestID)) }
            current.answering = true
            self.current = current
            return .success(current.channel)
        }
    }

    /// Ends the invocation in progress with the last events (the final one terminal); the environment
    /// is free again before the consumer hears of it, so the pool can hand it the next invocation.
    func finish(requestID: String, with events: ResponseEvent...) {
        let channel: ResponseChannel? = lock.withLock {
            guard let current, current.invocation.requestID == requestID else { return nil }
            self.current = nil
            lastAnswered = requestID
            timer?.cancel()
            timer = nil
            return current.channel
        }
        channel?.send(events)
    }

    /// `/init/error`: accepted only before the first `/next`. The environment is then torn down and the
    /// failure answers the invocation waiting for it.
    func reportInitError(_ failure: FunctionFailure) -> RuntimeAPIRejection? {
        let waiting: (Invocation, ResponseChannel)?? = lock.withLock {
            guard !initialized else { return .none }
            initFailure = failure
            dead = true
            timer?.cancel()
            timer = nil
            defer { queued = nil }
            return .some(queued)
        }
        guard let waiting else { return .outOfOrder("/init/error after initialization") }
        console.note("\(configuration.name) init failed: \(failure.errorType)")
        waiting?.1.fail(failure)
        // Give the runtime a moment to read its 202 and exit by itself.
        eventLoop.scheduleTask(in: .milliseconds(500)) { [weak self] () -> Void in self?.kill() }
        return nil
    }

    // MARK: failures

    private func initTimedOut(limit: Int) {
        let waiting: (Invocation, ResponseChannel)? = lock.withLock {
            guard !initialized, !dead else { return nil }
            let failure = FunctionFailure(
                kind: .initialization, errorType: "Sandbox.Timedout", errorMessage: "Init phase timed out after \(limit) seconds")
            initFailure = failure
            dead = true
            defer { queued = nil }
            return queued
        }
        console.note("\(configuration.name) instance \(instance) did not ask for an invocation within \(limit) s; stopping it")
        waiting?.1.fail(initFailure(or: .init(kind: .initialization, errorType: "Sandbox.Timedout", errorMessage: "init timed out")))
        kill()
    }

    private func initFailure(or fallback: FunctionFailure) -> FunctionFailure {
        lock.withLock { initFailure ?? fallback }
    }

    private func invocationTimedOut(requestID: String, seconds: Int) {
        let channel: ResponseChannel? = lock.withLock {
            guard let current, current.invocation.requestID == requestID else { return nil }
            self.current = nil
            lastAnswered = requestID
            dead = true
            return current.channel
        }
        guard let channel else { return }
        console.note("\(configuration.name) [\(requestID)] Task timed out after \(seconds).00 seconds; replacing the instance")
        channel.fail(.timeout(requestID: requestID, seconds: seconds))
        kill()
    }

    private func processExited(status: String) {
        let (orphans, failure, endpoint) = lock.withLock { () -> ([(String, ResponseChannel)], FunctionFailure?, (any Channel)?) in
            dead = true
            timer?.cancel()
            timer = nil
            var orphans: [(String, ResponseChannel)] = []
            if let current { orphans.append((current.invocation.requestID, current.channel)) }
            if let queued { orphans.append((queued.0.requestID, queued.1)) }
            current = nil
            queued = nil
            parkedNext = nil
            let failure = initFailure ?? (initialized ? nil : FunctionFailure(
                kind: .initialization, errorType: "Runtime.ExitError", errorMessage: "Runtime exited during init: \(status)"))
            return (orphans, failure, self.server)
        }
        if !orphans.isEmpty {
            console.note("\(configuration.name) instance \(instance) exited (\(status)); replacing it")
        }
        for (requestID, channel) in orphans {
            channel.fail(failure ?? .exited(requestID: requestID, status: status))
        }
        exit.fire()
        endpoint?.close(promise: nil)
    }

    /// Kills the process group at once.
    func kill() {
        signal(SIGKILL)
    }

    private func signal(_ number: Int32) {
        let process = lock.withLock {
            dead = true
            return self.process
        }
        process?.signal(number)
    }

    /// Asks the process to stop (SIGTERM), then kills it after `grace`; returns once it has exited.
    func stop(grace: Duration) async {
        let started = lock.withLock { process != nil }
        guard started else {
            let server = lock.withLock { self.server }
            try? await server?.close()
            return
        }
        signal(SIGTERM)
        let killer = eventLoop.scheduleTask(in: .milliseconds(Int64(grace / .milliseconds(1)))) { [weak self] () -> Void in
            self?.kill()
        }
        await exit.wait()
        killer.cancel()
    }
}
