import CurlHTTP
import LambdaWire
import Logging
import Synchronization

/// How a handler answers one invocation: either one buffered response, or a stream of chunks that
/// may open with an HTTP status-and-headers prelude. Whatever the handler leaves open when it returns
/// is completed by the runtime. A stream the Runtime API ends early (its invoker went away) is cut
/// short: writes then throw `RuntimeError.responseStreamCut` and the runtime cancels the handler.
///
/// A buffered outcome is queued on the Runtime API connection as it is given and the handler goes on
/// at once; Lambda's answer is read there before the next `/next`. A rejection (410: the invocation
/// already timed out) is logged; a Runtime API that cannot take it stops the runtime, as a failed
/// `/next` does.
package final class LambdaResponseWriter: Sendable {
    private struct Cut: Sendable {
        var happened = false
        var callbacks: [@Sendable () -> Void] = []
    }

    private struct OpenStream: Sendable {
        var pipe: ChunkPipe
        var upload: Task<Result<PostOutcome, RuntimeError>, Never>
    }

    private let invocation: Invocation
    private let client: RuntimeAPIClient
    private let logger: Logger
    /// Where a failure to deliver an outcome goes: the runtime stops before its next `/next`.
    private let deliveryFailed: @Sendable (RuntimeError) -> Void
    private let machine: Mutex<RuntimeStateMachine>
    private let stream = Mutex<OpenStream?>(nil)
    private let cut = Mutex(Cut())

    init(
        invocation: Invocation, client: RuntimeAPIClient, machine: RuntimeStateMachine, logger: Logger,
        deliveryFailed: @escaping @Sendable (RuntimeError) -> Void
    ) {
        self.invocation = invocation
        self.client = client
        self.logger = logger
        self.deliveryFailed = deliveryFailed
        self.machine = Mutex(machine)
    }

    /// The state after the invocation, for the run loop to continue from.
    var finalState: RuntimeStateMachine { machine.withLock { $0 } }

    /// Sends the whole response at once, with a content length. Throws only when a response is not
    /// allowed now (one was already given, or a stream is open).
    package func respond(_ body: [UInt8], contentType: String = "application/json") async throws(RuntimeError) {
        try machine.withLock { machine throws(RuntimeError) in try machine.respond() }
        post { [invocation] api throws(RuntimeError) in try api.respond(to: invocation, body: body, contentType: contentType) }
    }

    /// Opens a streamed HTTP-integration response: status and headers first, the body follows with `write`.
    package func writeStatusAndHeaders(_ prelude: HTTPStreamingPrelude) async throws(RuntimeError) {
        let bytes: [UInt8]
        do {
            bytes = try prelude.encoded()
        } catch {
            throw .encoding("streaming prelude: \(error)")
        }
        guard try transition() == .openStream else {
            throw .invalidResponseOrder("status and headers must come before the body")
        }
        guard try open(contentType: HTTPStreamingPrelude.contentType).write(bytes) else { throw .responseStreamCut }
    }

    /// Opens a raw stream with this content type (the default is `application/octet-stream`).
    package func startStream(contentType: String) throws(RuntimeError) {
        guard try transition() == .openStream else { throw .invalidResponseOrder("the stream is already open") }
        _ = try open(contentType: contentType)
    }

    /// Sends one chunk right away, opening a raw stream if none is open. Throws
    /// `RuntimeError.responseStreamCut` once the stream was cut short.
    package func write(_ bytes: [UInt8]) async throws(RuntimeError) {
        let taken: Bool
        switch try transition() {
        case .openStream: taken = try open(contentType: "application/octet-stream").write(bytes)
        case .append: taken = stream.withLock { $0?.pipe }?.write(bytes) ?? false
        }
        guard taken else { throw .responseStreamCut }
    }

    /// Whether the Runtime API ended the stream before it was finished.
    package var isCutShort: Bool { cut.withLock { $0.happened } }

    /// Runs `callback` once if the stream is cut short (at once if it was).
    func whenCutShort(_ callback: @escaping @Sendable () -> Void) {
        let now = cut.withLock { cut in
            if cut.happened { return true }
            cut.callbacks.append(callback)
            return false
        }
        if now { callback() }
    }

    private func streamWasCut() {
        let callbacks = cut.withLock { cut -> [@Sendable () -> Void] in
            cut.happened = true
            defer { cut.callbacks = [] }
            return cut.callbacks
        }
        for callback in callbacks { callback() }
    }

    /// Completes the response and waits for Lambda to acknowledge it.
    package func finish() async throws(RuntimeError) {
        let action = try machine.withLock { machine throws(RuntimeError) in try machine.finish() }
        try await complete(action)
    }

    func handlerReturned() async throws(RuntimeError) {
        try await complete(machine.withLock { $0.handlerReturned() })
    }

    func handlerFailed(_ error: any Error) async throws(RuntimeError) {
        let payload = RuntimeErrorPayload(handlerError: error)
        let headerType = RuntimeErrorPayload.headerErrorType(category: "Function", reason: payload.errorType)
        switch machine.withLock({ $0.handlerFailed() }) {
        case .postError:
            post { [invocation] api throws(RuntimeError) in try api.reportError(for: invocation, payload, headerErrorType: headerType) }
        case .closeStreamWithErrorTrailers:
            let body: String
            do {
                body = try payload.trailerValue()
            } catch {
                throw .encoding("error trailer: \(error)")
            }
            try await closeStream(trailers: [
                (RuntimeAPIHeader.functionErrorType, headerType), (RuntimeAPIHeader.functionErrorBody, body),
            ])
        case .logOnly:
            logger.error("handler failed after its response was sent", metadata: ["errorType": "\(payload.errorType)"])
        }
    }

    private func transition() throws(RuntimeError) -> RuntimeStateMachine.WriteAction {
        try machine.withLock { machine throws(RuntimeError) in try machine.write() }
    }

    private func open(contentType: String) throws(RuntimeError) -> ChunkPipe {
        let pipe: ChunkPipe
        do {
            pipe = try ChunkPipe()
        } catch {
            throw .transport(error.description)
        }
        pipe.whenAbandoned { [self] in streamWasCut() }
        let upload = client.openStream(for: invocation, contentType: contentType, pipe: pipe)
        stream.withLock { $0 = OpenStream(pipe: pipe, upload: upload) }
        return pipe
    }

    private func complete(_ action: RuntimeStateMachine.CompletionAction) async throws(RuntimeError) {
        switch action {
        case .postEmptyResponse:
            post { [invocation] api throws(RuntimeError) in try api.respond(to: invocation, body: [], contentType: "application/json") }
        case .closeStream:
            try await closeStream(trailers: [])
        case .nothing:
            break
        }
    }

    private func closeStream(trailers: [(name: String, value: String)]) async throws(RuntimeError) {
        guard let open = stream.withLock({ $0 }) else { return }
        open.pipe.finish(trailers: trailers)
        note(try await open.upload.value.get())
    }

    /// Queues a buffered outcome on the Runtime API connection.
    private func post(_ send: @escaping @Sendable (RuntimeAPIClient.Transfers) throws(RuntimeError) -> PostOutcome) {
        client.schedule { [self] api in
            do throws(RuntimeError) {
                note(try send(api))
            } catch {
                deliveryFailed(error)
            }
        }
    }

    /// A rejection concerns this invocation only (for example 410: Lambda already timed it out), so the
    /// runtime logs it and goes on with the next one.
    private func note(_ outcome: PostOutcome) {
        switch outcome {
        case .accepted: break
        case .rejected(let status):
            logger.warning("the Runtime API rejected this invocation's outcome", metadata: ["status": "\(status)"])
        case .cutShort:
            logger.notice("the Runtime API ended the response stream before it was finished")
        }
    }
}
