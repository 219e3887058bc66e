import LambdaWire
import Logging
import Synchronization

/// How a handler answers one invocation: either one buffered response, or a stream of chunks that
/// may open with an HTTP status-and-headers prelude. Whatever the handler leaves open when it returns
/// is completed by the runtime.
public final class LambdaResponseWriter: Sendable {
    private struct OpenStream: Sendable {
        var pipe: ChunkPipe
        var upload: Task<Bool, any Error>
    }

    private let invocation: Invocation
    private let client: RuntimeAPIClient
    private let logger: Logger
    private let machine: Mutex<RuntimeStateMachine>
    private let stream = Mutex<OpenStream?>(nil)

    init(invocation: Invocation, client: RuntimeAPIClient, machine: RuntimeStateMachine, logger: Logger) {
        self.invocation = invocation
        self.client = client
        self.logger = logger
        self.machine = Mutex(machine)
    }

    /// The state after the invocation, for the run loop to continue from.
    var finalState: RuntimeStateMachine { machine.withLock { $0 } }

    /// Sends the whole response at once, with a content length.
    public func respond(_ body: [UInt8], contentType: String = "application/json") async throws {
        try machine.withLock { machine throws(RuntimeError) in try machine.respond() }
        try await checkAccepted(client.respond(to: invocation, body: body, contentType: contentType))
    }

    /// Opens a streamed HTTP-integration response: status and headers first, the body follows with `write`.
    public func writeStatusAndHeaders(_ prelude: HTTPStreamingPrelude) async throws {
        guard try transition() == .openStream else {
            throw RuntimeError.invalidResponseOrder("status and headers must come before the body")
        }
        open(contentType: HTTPStreamingPrelude.contentType).write(try prelude.encoded())
    }

    /// Opens a raw stream with this content type (the default is `application/octet-stream`).
    public func startStream(contentType: String) throws {
        guard try transition() == .openStream else {
            throw RuntimeError.invalidResponseOrder("the stream is already open")
        }
        _ = open(contentType: contentType)
    }

    /// Sends one chunk right away, opening a raw stream if none is open.
    public func write(_ bytes: [UInt8]) async throws {
        switch try transition() {
        case .openStream: open(contentType: "application/octet-stream").write(bytes)
        case .append: stream.withLock { $0?.pipe }?.write(bytes)
        }
    }

    /// Completes the response and waits for Lambda to acknowledge it.
    public func finish() async throws {
        let action = try machine.withLock { machine throws(RuntimeError) in try machine.finish() }
        try await complete(action)
    }

    func handlerReturned() async throws {
        try await complete(machine.withLock { $0.handlerReturned() })
    }

    func handlerFailed(_ error: any Error) async throws {
        let payload = RuntimeErrorPayload(handlerError: error)
        let headerType = RuntimeErrorPayload.headerErrorType(category: "Function", reason: payload.errorType)
        switch machine.withLock({ $0.handlerFailed() }) {
        case .postError:
            try await checkAccepted(client.reportError(for: invocation, payload, headerErrorType: headerType))
        case .closeStreamWithErrorTrailers:
            try await closeStream(trailers: [
                (RuntimeAPIHeader.functionErrorType, headerType),
                (RuntimeAPIHeader.functionErrorBody, payload.trailerValue()),
            ])
        case .logOnly:
            logger.error("handler failed after its response was sent", metadata: ["errorType": "\(payload.errorType)"])
        }
    }

    private func transition() throws(RuntimeError) -> RuntimeStateMachine.WriteAction {
        try machine.withLock { machine throws(RuntimeError) in try machine.write() }
    }

    private func open(contentType: String) -> ChunkPipe {
        let pipe = ChunkPipe()
        let upload = client.openStream(for: invocation, contentType: contentType, pipe: pipe)
        stream.withLock { $0 = OpenStream(pipe: pipe, upload: upload) }
        return pipe
    }

    private func complete(_ action: RuntimeStateMachine.CompletionAction) async throws {
        switch action {
        case .postEmptyResponse:
            try await checkAccepted(client.respond(to: invocation, body: [], contentType: "application/json"))
        case .closeStream:
            try await closeStream(trailers: [])
        case .nothing:
            break
        }
    }

    private func closeStream(trailers: [(name: String, value: String)]) async throws {
        guard let open = stream.withLock({ $0 }) else { return }
        open.pipe.finish(trailers: trailers)
        try await checkAccepted(open.upload.value)
    }

    /// A 410 means Lambda already timed this invocation out; the runtime carries on with the next one.
    private func checkAccepted(_ accepted: Bool) {
        if !accepted {
            logger.warning("the Runtime API rejected this outcome as stale (410): the invocation had timed out")
        }
    }
}
