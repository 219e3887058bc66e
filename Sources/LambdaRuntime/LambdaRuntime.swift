import LambdaWire
import Logging

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Drives one function process: initialise the handler, then `/next` → handle → outcome, for ever.
///
/// Nothing happens before the first `/next` except reading the environment and building the handler,
/// so the handler factory should defer anything that can wait (connections open on first use).
public struct LambdaRuntime<Handler: StreamingLambdaHandler>: Sendable {
    private let environment: LambdaEnvironment
    private let logger: Logger
    private let makeHandler: @Sendable () async throws -> Handler

    public init(
        environment: LambdaEnvironment,
        logger: Logger = LambdaRuntimeLogging.logger(),
        makeHandler: @escaping @Sendable () async throws -> Handler
    ) {
        self.environment = environment
        self.logger = logger
        self.makeHandler = makeHandler
    }

    /// Runs until the Runtime API fails or initialisation fails; both end by throwing a `RuntimeError`.
    public func run() async throws(RuntimeError) {
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
        setenv(Self.traceVariable, "", 0)

        while !Task.isCancelled {
            let invocation = try await client.next()
            try machine.invocationReceived()
            machine = try await invoke(handler, invocation, client: client, machine: machine)
        }
    }

    private static var traceVariable: String { "_X_AMZN_TRACE_ID" }

    private func invoke(
        _ handler: Handler,
        _ invocation: Invocation,
        client: RuntimeAPIClient,
        machine: RuntimeStateMachine
    ) async throws(RuntimeError) -> RuntimeStateMachine {
        // The X-Ray SDK convention: the current invocation's trace header lives in this variable.
        // It always exists (see `run`), so this replaces a value and never grows the environment.
        setenv(Self.traceVariable, invocation.traceID ?? "", 1)
        var invocationLogger = logger
        invocationLogger[metadataKey: "requestId"] = "\(invocation.requestID)"
        let context = LambdaContext(invocation: invocation, environment: environment, logger: invocationLogger)
        let writer = LambdaResponseWriter(invocation: invocation, client: client, machine: machine, logger: invocationLogger)
        let event = invocation.event
        let handling = Task { try await handler.handle(event, responseWriter: writer, context: context) }
        // A stream whose invoker went away has no reader: the handler is cancelled, so whatever it
        // waits on (an event stream's next event) ends now instead of at its own pace.
        writer.whenCutShort { handling.cancel() }
        let outcome = await withTaskCancellationHandler { await handling.result } onCancel: { handling.cancel() }
        // Anything the handler throws, misuse of the writer included, fails this invocation only;
        // only a failure to report the outcome stops the runtime.
        if case .failure(let error) = outcome {
            if writer.isCutShort {
                invocationLogger.notice("the handler stopped after its response stream was cut short")
            } else {
                invocationLogger.error("invocation failed", metadata: ["errorType": "\(String(describing: type(of: error)))"])
            }
            try await writer.handlerFailed(error)
            return writer.finalState
        }
        try await writer.handlerReturned()
        return writer.finalState
    }
}

extension LambdaRuntime {
    /// Runs a JSON handler.
    public init<Inner: LambdaHandler>(
        environment: LambdaEnvironment,
        logger: Logger = LambdaRuntimeLogging.logger(),
        makeHandler: @escaping @Sendable () async throws -> Inner
    ) where Handler == LambdaCodableAdapter<Inner> {
        self.init(environment: environment, logger: logger) { LambdaCodableAdapter(try await makeHandler()) }
    }

    /// The entry point of a function executable: reads the environment, runs, and exits non-zero when
    /// the runtime stops, as Lambda expects.
    public static func main(makeHandler: @escaping @Sendable () async throws -> Handler) async -> Never {
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

    public static func main<Inner: LambdaHandler>(
        makeHandler: @escaping @Sendable () async throws -> Inner
    ) async -> Never where Handler == LambdaCodableAdapter<Inner> {
        await main { LambdaCodableAdapter(try await makeHandler()) }
    }
}
