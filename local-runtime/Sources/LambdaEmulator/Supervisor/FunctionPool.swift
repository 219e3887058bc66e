import DequeModule
import NIOCore
import NIOPosix

/// The execution environments of one function: reuses a warm one when it can, starts another while
/// fewer than the concurrency limit run, else queues the invocation until one is free. Environments
/// that timed out or crashed are dropped, and the next invocation gets a fresh one.
public actor FunctionPool {
    public nonisolated let configuration: FunctionConfiguration
    private let console: Console
    private let eventLoopGroup: any EventLoopGroup
    private var idle: [ExecutionEnvironment] = []
    private var all: [ObjectIdentifier: ExecutionEnvironment] = [:]
    private var starting = 0
    /// Invocations waiting for an environment: handed one, a start failure, or nil when shutting down.
    private var waiters: Deque<CheckedContinuation<Result<ExecutionEnvironment, any Error>?, Never>> = []
    private var inFlight = 0
    private var drainWaiters: [CheckedContinuation<Void, Never>] = []
    private var nextInstance = 1
    private var stopping = false

    public init(configuration: FunctionConfiguration, console: Console, eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton) {
        self.configuration = configuration
        self.console = console
        self.eventLoopGroup = eventLoopGroup
    }

    /// Environments started so far, alive or not.
    public private(set) var environmentsStarted = 0
    /// Exec-to-first-`/next` time of each environment, in start order (cold start, for the benchmark).
    public private(set) var initDurations: [Duration] = []

    private func recordInit(_ duration: Duration) {
        initDurations.append(duration)
    }

    /// Starts an invocation and returns its response channel at once, so callers can stream it.
    public nonisolated func invoke(_ invocation: Invocation) -> ResponseChannel {
        let channel = ResponseChannel()
        Task { await self.run(invocation, channel: channel) }
        return channel
    }

    private func run(_ invocation: Invocation, channel: ResponseChannel) async {
        guard !stopping else {
            channel.fail(FunctionFailure(kind: .unavailable, errorType: "ServiceException", errorMessage: "local-runtime is shutting down"))
            return
        }
        inFlight += 1
        defer { finishedOne() }
        let environment: ExecutionEnvironment
        do {
            guard let acquired = try await acquire() else {
                channel.fail(FunctionFailure(kind: .unavailable, errorType: "ServiceException", errorMessage: "local-runtime is shutting down"))
                return
            }
            environment = acquired
        } catch let failure as FunctionFailure {
            console.note("\(configuration.name): \(failure.errorMessage)")
            channel.fail(failure)
            return
        } catch {
            channel.fail(FunctionFailure(kind: .unavailable, errorType: "Runtime.Unknown", errorMessage: "\(error)"))
            return
        }
        environment.dispatch(invocation, to: channel)
        await channel.waitUntilFinished()
        release(environment)
    }

    private func acquire() async throws -> ExecutionEnvironment? {
        while let environment = idle.popLast() {
            if environment.isAlive { return environment }
            all[ObjectIdentifier(environment)] = nil
        }
        if all.count + starting < configuration.concurrency {
            starting += 1
            defer { starting -= 1 }
            let environment = ExecutionEnvironment(
                configuration: configuration, instance: nextInstance, console: console, eventLoop: eventLoopGroup.next(),
                onInitialized: { duration in Task { await self.recordInit(duration) } })
            nextInstance += 1
            environmentsStarted += 1
            try await environment.start()
            all[ObjectIdentifier(environment)] = environment
            return environment
        }
        return try await withCheckedContinuation { waiters.append($0) }?.get()
    }

    private func release(_ environment: ExecutionEnvironment) {
        guard environment.isAlive, !stopping else {
            all[ObjectIdentifier(environment)] = nil
            // A slot is free: the first waiter gets a fresh environment.
            if let waiter = waiters.popFirst() {
                Task { await waiter.resume(returning: self.acquireForWaiter()) }
            }
            return
        }
        if let waiter = waiters.popFirst() {
            waiter.resume(returning: .success(environment))
        } else {
            idle.append(environment)
        }
    }

    private func acquireForWaiter() async -> Result<ExecutionEnvironment, any Error>? {
        guard !stopping else { return nil }
        do {
            return try await acquire().map { .success($0) }
        } catch {
            return .failure(error)
        }
    }

    private func finishedOne() {
        inFlight -= 1
        if inFlight == 0 {
            for waiter in drainWaiters { waiter.resume() }
            drainWaiters = []
        }
    }

    /// Refuses new invocations, lets those in flight finish (each is bounded by the function timeout),
    /// then stops every process: SIGTERM, SIGKILL after `grace`.
    public func shutdown(grace: Duration = .milliseconds(500)) async {
        stopping = true
        for waiter in waiters { waiter.resume(returning: nil) }
        waiters = []
        if inFlight > 0 {
            await withCheckedContinuation { drainWaiters.append($0) }
        }
        let environments = Array(all.values)
        all = [:]
        idle = []
        await withTaskGroup(of: Void.self) { group in
            for environment in environments {
                group.addTask { await environment.stop(grace: grace) }
            }
        }
    }
}
