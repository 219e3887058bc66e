import LambdaWire
import Logging
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Drives one function process: initialise the handler, then `/next` → handle → outcome, for ever.
///
/// Nothing happens before the first `/next` except reading the environment and building the handler,
/// so the handler factory should defer anything that can wait (connections open on first use).
package struct LambdaRuntime<Handler: StreamingLambdaHandler>: Sendable {
    private let environment: LambdaEnvironment
    private let logger: Logger
    private let makeHandler: @Sendable () async throws -> Handler

    package init(
        environment: LambdaEnvironment,
        logger: Logger = LambdaRuntimeLogging.logger(),
        makeHandler: @escaping @Sendable () async throws -> Handler
    ) {
        self.environment = environment
        self.logger = logger
        self.makeHandler = makeHandler
    }

    /// Runs until the Runtime API fails or initialisation fails; both end by throwing a `RuntimeError`.
    package func run() async throws(RuntimeError) {
        let client = try RuntimeAPIClient(runtimeAPI: environment.runtimeAPI)
        var machine = RuntimeStateMachine()
        let handler: Handler
        do {
            handler = try await makeHandler()
        } catch {
            machine.initFailed()
            let payload = RuntimeErrorPayload(handlerError: error)
            logger.error("initialisation failed", metadata: ["errorType": "\(payload.errorType)"])
            try await client.reportInitError(
                payload, headerErrorType: RuntimeErrorPayload.headerErrorType(category: "Runtime", reason: "InitError"))
            throw .initializationFailed(payload.errorMessage)
        }
        machine.initSucceeded()
        // Created once before any invocation: adding a variable later could move the environment
        // while another thread (libcurl reads proxy settings) is reading it.
        setenv(traceVariable, "", 0)
        try await InvocationLoop(
            handler: handler, client: client, environment: environment, logger: logger, machine: machine
        ).run()
    }
}

/// The X-Ray SDK convention: the current invocation's trace header lives in this variable.
private let traceVariable = "_X_AMZN_TRACE_ID"

/// `/next` → handle → outcome, for ever, with as few thread hand-offs as the work allows.
///
/// Every Runtime API transfer runs on the client's connection queue. The event from `/next` starts the
/// handler's task there, immediately: it runs on that thread until it first waits, then on the global
/// executor as any task. The handler's buffered outcome is queued on the connection as it is given,
/// and when the handler returns the next `/next` is queued right behind it. A handler that answers
/// without waiting so costs no hand-off between threads at all; one that waits on I/O costs the
/// hand-off to the global executor and the outcome's back to the connection, not four.
private final class InvocationLoop<Handler: StreamingLambdaHandler>: Sendable {
    private struct State {
        /// Between invocations; each invocation's writer holds it while the handler runs.
        var machine: RuntimeStateMachine
        /// The current invocation's task (or the last one's, finished), for cancellation.
        var handling: Task<Void, Never>?
        var cancelled = false
        /// The first Runtime API failure: the loop stops with it before the next `/next`.
        var failure: RuntimeError?
        var end: CheckedContinuation<RuntimeError?, Never>?
    }

    private let handler: Handler
    private let client: RuntimeAPIClient
    private let environment: LambdaEnvironment
    private let logger: Logger
    private let state: Mutex<State>

    init(handler: Handler, client: RuntimeAPIClient, environment: LambdaEnvironment, logger: Logger, machine: RuntimeStateMachine) {
        self.handler = handler
        self.client = client
        self.environment = environment
        self.logger = logger
        state = Mutex(State(machine: machine))
    }

    /// Runs until the Runtime API fails (thrown) or the calling task is cancelled (after the invocation
    /// in hand, if any, is done).
    func run() async throws(RuntimeError) {
        let failure = await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                state.withLock { $0.end = continuation }
                fetchNext()
            }
        } onCancel: {
            state.withLock { state in
                state.cancelled = true
                return state.handling
            }?.cancel()
        }
        if let failure { throw failure }
    }

    /// Queued behind the outcome of the invocation before, if any.
    private func fetchNext() {
        client.schedule { [self] api in
            let stop = state.withLock { state -> (Bool, RuntimeError?) in
                (state.failure != nil || state.cancelled, state.failure)
            }
            if stop.0 { return end(stop.1) }
            let invocation: Invocation
            let machine: RuntimeStateMachine
            do throws(RuntimeError) {
                invocation = try api.next()
                machine = try state.withLock { state throws(RuntimeError) in
                    try state.machine.invocationReceived()
                    return state.machine
                }
            } catch {
                return end(error)
            }
            start(invocation, machine: machine)
        }
    }

    private func start(_ invocation: Invocation, machine: RuntimeStateMachine) {
        // It always exists (see `LambdaRuntime.run`), so this replaces a value and never grows the environment.
        setenv(traceVariable, invocation.traceID ?? "", 1)
        var invocationLogger = logger
        invocationLogger[metadataKey: "requestId"] = "\(invocation.requestID)"
        let context = LambdaContext(invocation: invocation, environment: environment, logger: invocationLogger)
        let writer = LambdaResponseWriter(
            invocation: invocation, client: client, machine: machine, logger: invocationLogger,
            deliveryFailed: { [self] error in keepFirst(error) })
        let handling = Task.immediate { await invoke(invocation.event, writer: writer, context: context) }
        let cancelled = state.withLock { state in
            state.handling = handling
            return state.cancelled
        }
        if cancelled { handling.cancel() }
        // A stream whose invoker went away has no reader: the handler is cancelled, so whatever it
        // waits on (an event stream's next event) ends now instead of at its own pace.
        writer.whenCutShort { handling.cancel() }
    }

    private func invoke(_ event: [UInt8], writer: LambdaResponseWriter, context: LambdaContext) async {
        let outcome: Result<Void, any Error>
        do {
            try await handler.handle(event, responseWriter: writer, context: context)
            outcome = .success(())
        } catch {
            outcome = .failure(error)
        }
        // Anything the handler throws, misuse of the writer included, fails this invocation only;
        // only a failure to report the outcome stops the runtime.
        do throws(RuntimeError) {
            if case .failure(let error) = outcome {
                if writer.isCutShort {
                    context.logger.notice("the handler stopped after its response stream was cut short")
                } else {
                    context.logger.error("invocation failed", metadata: ["errorType": "\(String(describing: type(of: error)))"])
                }
                try await writer.handlerFailed(error)
            } else {
                try await writer.handlerReturned()
            }
        } catch {
            keepFirst(error)
        }
        state.withLock { $0.machine = writer.finalState }
        fetchNext()
    }

    /// The first Runtime API failure is the one the loop stops with.
    private func keepFirst(_ error: RuntimeError) {
        state.withLock { state in if state.failure == nil { state.failure = error } }
    }

    private func end(_ failure: RuntimeError?) {
        state.withLock { state in
            defer { state.end = nil }
            return state.end
        }?.resume(returning: failure)
    }
}

extension LambdaRuntime {
    /// Runs a JSON handler.
    package init<Inner: LambdaHandler>(
        environment: LambdaEnvironment,
        logger: Logger = LambdaRuntimeLogging.logger(),
        makeHandler: @escaping @Sendable () async throws -> Inner
    ) where Handler == LambdaCodableAdapter<Inner> {
        self.init(environment: environment, logger: logger) { LambdaCodableAdapter(try await makeHandler()) }
    }

    /// The entry point of a function executable: reads the environment, runs, and exits non-zero when
    /// the runtime stops, as Lambda expects.
    package static func main(makeHandler: @escaping @Sendable () async throws -> Handler) async -> Never {
        let logger = LambdaRuntimeLogging.logger()
        guard let environment = LambdaEnvironment.fromProcess() else {
            logger.critical("\(RuntimeError.missingRuntimeAPI)")
            exit(1)
        }
        do {
            try await LambdaRuntime(environment: environment, logger: logger, makeHandler: makeHandler).run()
        } catch {
            logger.critical("runtime stopped", metadata: ["error": "\(error)"])
        }
        exit(1)
    }

    package static func main<Inner: LambdaHandler>(
        makeHandler: @escaping @Sendable () async throws -> Inner
    ) async -> Never where Handler == LambdaCodableAdapter<Inner> {
        await main { LambdaCodableAdapter(try await makeHandler()) }
    }
}
