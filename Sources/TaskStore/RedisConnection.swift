import CHiredis
import CRedisTLS
import Dispatch
import TimeUnits

#if canImport(Glibc)
import Glibc
#endif

/// One hiredis connection. hiredis blocks, so every call runs on this connection's own serial queue
/// and never on the cooperative thread pool. The connection opens on first use; when it turns out to
/// be broken (Redis restarted, idle socket reset) it is reopened and the command retried once.
///
/// Sendable because `context` is only read or written on `queue`.
final class RedisConnection: @unchecked Sendable {
    private let url: RedisURL
    private let queue: DispatchQueue
    private let connectTimeout: Duration
    private let commandTimeout: Duration
    private var context: UnsafeMutablePointer<redisContext>?

    init(url: RedisURL, label: String, connectTimeout: Duration = .seconds(2), commandTimeout: Duration = .seconds(5)) {
        self.url = url
        self.queue = DispatchQueue(label: label)
        self.connectTimeout = connectTimeout
        self.commandTimeout = commandTimeout
    }

    deinit {
        if let context { redisFree(context) }
    }

    /// Runs one command. `extraWait` lengthens the reply time limit for commands that block on the
    /// server (`XREAD BLOCK`); such a command ends with `RedisError.cancelled` as soon as the calling
    /// task is cancelled (its connection is shut down and reopened by the next command), while a
    /// command that does not block always runs to its end, so a cancelled task can still clean up.
    func send(_ arguments: [String], extraWait: Duration = .zero) async throws(RedisError) -> RedisValue {
        let interruption: BlockingInterruption? = extraWait > .zero ? BlockingInterruption() : nil
        let result: Result<RedisValue, RedisError> = await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                queue.async {
                    continuation.resume(returning: self.sendBlocking(arguments, timeout: self.commandTimeout + extraWait, interruption: interruption))
                }
            }
        } onCancel: {
            interruption?.interrupt()
        }
        return try result.get()
    }

    /// Runs commands in one round trip (written together, then their replies read in order). A server
    /// error of one command is its reply, not a thrown error. Meant for reads: a connection found broken
    /// is reopened and all of them sent again.
    func pipeline(_ commands: [[String]]) async throws(RedisError) -> [RedisValue] {
        let result: Result<[RedisValue], RedisError> = await withCheckedContinuation { continuation in
            queue.async { continuation.resume(returning: self.pipelineBlocking(commands)) }
        }
        return try result.get()
    }

    private func pipelineBlocking(_ commands: [[String]]) -> Result<[RedisValue], RedisError> {
        do throws(RedisError) {
            let hadConnection = context != nil
            do {
                return .success(try executePipeline(commands))
            } catch .connection where hadConnection {
                return .success(try executePipeline(commands))
            }
        } catch {
            return .failure(error)
        }
    }

    private func executePipeline(_ commands: [[String]]) throws(RedisError) -> [RedisValue] {
        let context = try connected()
        redisSetTimeout(context, Self.timeval(commandTimeout))
        for command in commands {
            let status = Self.withArgv(command) { argc, argv, lengths in redisAppendCommandArgv(context, argc, argv, lengths) }
            guard status == REDIS_OK else {
                let failure = Self.failure(of: context)
                disconnect()
                throw failure
            }
        }
        var values: [RedisValue] = []
        values.reserveCapacity(commands.count)
        for _ in commands {
            var reply: UnsafeMutableRawPointer?
            guard redisGetReply(context, &reply) == REDIS_OK, let reply else {
                let failure = Self.failure(of: context)
                disconnect()
                throw failure
            }
            values.append(Self.value(of: reply.assumingMemoryBound(to: redisReply.self)))
            freeReplyObject(reply)
        }
        return values
    }

    private func sendBlocking(_ arguments: [String], timeout: Duration, interruption: BlockingInterruption?) -> Result<RedisValue, RedisError> {
        do throws(RedisError) {
            let hadConnection = context != nil
            do {
                return .success(try execute(arguments, timeout: timeout, interruption: interruption))
            } catch .connection where hadConnection {
                // The kept connection may have died while idle: one fresh attempt, then give up.
                return .success(try execute(arguments, timeout: timeout, interruption: interruption))
            }
        } catch {
            return .failure(error)
        }
    }

    private func execute(_ arguments: [String], timeout: Duration, interruption: BlockingInterruption? = nil) throws(RedisError) -> RedisValue {
        let context = try connected()
        redisSetTimeout(context, Self.timeval(timeout))
        guard interruption?.begin(socket: context.pointee.fd) ?? true else { throw .cancelled }
        let reply = Self.withArgv(arguments) { argc, argv, lengths in
            redisCommandArgv(context, argc, argv, lengths)
        }
        // Before anything can close the socket: past this point an interruption no longer touches it.
        if interruption?.end() == true {
            if let reply { freeReplyObject(reply) }
            disconnect()
            throw .cancelled
        }
        guard let reply else {
            let failure = Self.failure(of: context)
            disconnect()
            throw failure
        }
        defer { freeReplyObject(reply) }
        let value = Self.value(of: reply.assumingMemoryBound(to: redisReply.self))
        if case .error(let message) = value { throw .server(message) }
        return value
    }

    private func connected() throws(RedisError) -> UnsafeMutablePointer<redisContext> {
        if let context { return context }
        Self.ignoreBrokenPipes
        let opened: UnsafeMutablePointer<redisContext>?
        if url.tls {
            var error = [CChar](repeating: 0, count: 512)
            let milliseconds = Int32(clamping: connectTimeout.wholeMilliseconds)
            let descriptor = rl_tls_bridge_open(url.host, Int32(url.port), url.certificateAuthorityFile, milliseconds, &error, error.count)
            guard descriptor >= 0 else {
                throw .connection("rediss://\(url.host):\(url.port): " + String(decoding: error.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
            }
            opened = redisConnectFd(descriptor)
            if opened == nil { close(descriptor) }
        } else {
            opened = redisConnectWithTimeout(url.host, Int32(url.port), Self.timeval(connectTimeout))
        }
        guard let fresh = opened else {
            throw .connection("cannot allocate a hiredis context")
        }
        if fresh.pointee.err != 0 {
            let failure = Self.failure(of: fresh)
            redisFree(fresh)
            throw failure
        }
        context = fresh
        do {
            if let password = url.password {
                _ = try execute(["AUTH"] + (url.username.map { [$0] } ?? []) + [password], timeout: commandTimeout)
            }
            if url.database != 0 {
                _ = try execute(["SELECT", String(url.database)], timeout: commandTimeout)
            }
        } catch {
            disconnect()
            throw error
        }
        return fresh
    }

    private func disconnect() {
        if let context { redisFree(context) }
        context = nil
    }

    /// hiredis writes with plain `write`, which raises SIGPIPE on a socket the server closed; the
    /// error return is what we handle, so the signal is ignored once for the process.
    private static let ignoreBrokenPipes: Void = {
        signal(SIGPIPE, SIG_IGN)
    }()

    private static func failure(of context: UnsafeMutablePointer<redisContext>) -> RedisError {
        let message = withUnsafeBytes(of: context.pointee.errstr) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        // A read that hit the socket time limit reports EAGAIN as an I/O error.
        if context.pointee.err == REDIS_ERR_IO, message.contains("temporarily unavailable") || message.contains("timed out") {
            return .timeout
        }
        return .connection(message.isEmpty ? "error \(context.pointee.err)" : message)
    }

    private static func value(of reply: UnsafeMutablePointer<redisReply>) -> RedisValue {
        let node = reply.pointee
        switch node.type {
        case REDIS_REPLY_STRING, REDIS_REPLY_STATUS:
            return .string(text(node.str, node.len))
        case REDIS_REPLY_ERROR:
            return .error(text(node.str, node.len))
        case REDIS_REPLY_INTEGER:
            return .integer(node.integer)
        case REDIS_REPLY_ARRAY:
            return .array((0..<node.elements).map { value(of: node.element[$0]!) })
        default:
            return .null
        }
    }

    private static func text(_ pointer: UnsafeMutablePointer<CChar>?, _ length: Int) -> String {
        guard let pointer else { return "" }
        return String(decoding: UnsafeRawBufferPointer(start: pointer, count: length), as: UTF8.self)
    }

    private static func timeval(_ duration: Duration) -> timeval {
        let (seconds, attoseconds) = duration.components
        return Glibc.timeval(tv_sec: Int(seconds), tv_usec: Int(attoseconds / 1_000_000_000_000))
    }

    /// Binary-safe argument vector: all arguments in one buffer, each passed with its byte length.
    private static func withArgv<T>(
        _ arguments: [String],
        _ body: (Int32, UnsafeMutablePointer<UnsafePointer<CChar>?>, UnsafePointer<Int>) -> T
    ) -> T {
        var storage: [CChar] = []
        var offsets: [Int] = []
        for argument in arguments {
            offsets.append(storage.count)
            storage.append(contentsOf: argument.utf8.map { CChar(bitPattern: $0) })
        }
        storage.append(0)  // never empty, so the buffer always has a base address
        let lengths = arguments.map { $0.utf8.count }
        return storage.withUnsafeBufferPointer { buffer in
            var argv: [UnsafePointer<CChar>?] = offsets.map { buffer.baseAddress! + $0 }
            return argv.withUnsafeMutableBufferPointer { argvBuffer in
                lengths.withUnsafeBufferPointer { body(Int32(arguments.count), argvBuffer.baseAddress!, $0.baseAddress!) }
            }
        }
    }
}
