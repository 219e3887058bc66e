import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Carries a body chunk by chunk between async code and libcurl's transfer thread, either way:
///
/// - an upload (`HTTPRequest.Body.stream`): async code writes, libcurl's blocking read callback reads,
///   and each chunk becomes one HTTP chunk, so a reader sees data as soon as it is written;
/// - a response (`HTTPRequest.responseBody`): libcurl's write callback writes each piece of a 2xx body
///   as it arrives, and async code reads it with `next()`.
///
/// A stream can end before its writer finished it: the server closed the connection or answered while
/// the body was still open (the Runtime API does so when the stream's own client went away), the
/// transfer failed, or the reader of a response wants no more of it (`abandon()`). The pipe is then
/// abandoned: the waiting reader gives up at once (an upload's reader watches the connection while it
/// waits for the next chunk, so a stream idle between chunks notices too), `write` reports that nothing
/// will be sent, a response's transfer stops, and `whenAbandoned` callbacks run once.
package final class ChunkPipe: Sendable {
    private struct State {
        var chunks: [[UInt8]] = []
        var offset = 0
        var finished = false
        var abandoned = false
        var trailers: [(name: String, value: String)] = []
        var onAbandoned: [@Sendable () -> Void] = []
        /// The async reader of a response waiting for the next chunk or the end.
        var waiting: CheckedContinuation<Void, Never>?
    }

    private let state = Mutex(State())
    /// A non-blocking pipe the writer pokes on every change; the reader polls its read end together
    /// with the connection's socket and re-checks the state, so surplus pokes are harmless.
    private let wakeup: (read: Int32, write: Int32)

    package init() throws(TransportError) {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else {
            throw TransportError(message: "cannot create a stream pipe: \(String(cString: strerror(errno)))")
        }
        for end in ends {
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
        }
        wakeup = (ends[0], ends[1])
    }

    deinit {
        close(wakeup.read)
        close(wakeup.write)
    }

    /// Queues one chunk; false when the stream was abandoned and the chunk will never be sent.
    @discardableResult
    package func write(_ bytes: [UInt8]) -> Bool {
        guard !bytes.isEmpty else { return !isAbandoned }
        let taken = state.withLock { state in
            guard !state.abandoned else { return false }
            state.chunks.append(bytes)
            return true
        }
        if taken { wake() }
        return taken
    }

    /// Ends the body; the trailers go out after the last chunk.
    package func finish(trailers: [(name: String, value: String)] = []) {
        state.withLock {
            $0.finished = true
            $0.trailers = trailers
        }
        wake()
    }

    /// Whether the stream ended before its body was complete.
    package var isAbandoned: Bool { state.withLock { $0.abandoned } }

    /// Runs `callback` once when the stream is abandoned (at once if it already was).
    package func whenAbandoned(_ callback: @escaping @Sendable () -> Void) {
        let now = state.withLock { state in
            if state.abandoned { return true }
            state.onAbandoned.append(callback)
            return false
        }
        if now { callback() }
    }

    /// The next chunk of a response body as it arrives; nil at its end, or once the stream is abandoned
    /// (`isAbandoned` tells which). Cancelling the waiting task abandons the stream.
    package func next() async -> [UInt8]? {
        while true {
            let taken: [UInt8]?? = state.withLock { state in
                if state.abandoned { return .some(nil) }
                if !state.chunks.isEmpty { return .some(state.chunks.removeFirst()) }
                return state.finished ? .some(nil) : .none
            }
            if let taken { return taken }
            await withTaskCancellationHandler {
                await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                    let ready = state.withLock { state in
                        guard state.chunks.isEmpty, !state.finished, !state.abandoned else { return true }
                        state.waiting = continuation
                        return false
                    }
                    if ready { continuation.resume() }
                }
            } onCancel: {
                abandon()
            }
        }
    }

    /// The transfer is over. Unless it completed with every chunk of a finished body sent, the stream
    /// was cut short.
    func transferEnded(completed: Bool) {
        let complete = completed && state.withLock { $0.finished && $0.chunks.isEmpty }
        if !complete { abandon() }
    }

    /// Blocks until data or the end is available; copies at most `buffer.count` bytes. Returns 0 at the
    /// end, nil once the stream is abandoned. While it waits it watches `connection` (a socket, or -1):
    /// anything arriving there before the body ended (an early answer, the peer's close) abandons it.
    func read(into buffer: UnsafeMutableRawBufferPointer, connection: Int32) -> Int? {
        var connection = connection
        while true {
            let copied: Int?? = state.withLock { state in
                if state.abandoned { return .some(nil) }
                if let chunk = state.chunks.first {
                    let count = min(buffer.count, chunk.count - state.offset)
                    chunk.withUnsafeBytes { source in
                        buffer.baseAddress!.copyMemory(from: source.baseAddress! + state.offset, byteCount: count)
                    }
                    state.offset += count
                    if state.offset == chunk.count {
                        state.chunks.removeFirst()
                        state.offset = 0
                    }
                    return .some(count)
                }
                return state.finished ? .some(0) : .none
            }
            if let copied { return copied }
            var watched = [
                pollfd(fd: wakeup.read, events: Int16(POLLIN), revents: 0),
                pollfd(fd: connection, events: Int16(POLLIN), revents: 0),
            ]
            if poll(&watched, 2, -1) < 0, errno != EINTR {
                abandon()
                return nil
            }
            if watched[1].revents & Int16(POLLNVAL) != 0 {
                // Not the transfer's socket after all (one libcurl tried and closed): wait on chunks only.
                connection = -1
            } else if watched[1].revents != 0 {
                abandon()
                return nil
            }
            drain()
        }
    }

    var trailers: [(name: String, value: String)] {
        state.withLock { $0.trailers }
    }

    /// Ends the stream from either side: the writer's chunks are dropped and no more are taken. The reader
    /// of a response calls it when it wants no more; its transfer stops within a second.
    package func abandon() {
        let (callbacks, waiting) = state.withLock { state -> ([@Sendable () -> Void], CheckedContinuation<Void, Never>?) in
            guard !state.abandoned else { return ([], nil) }
            state.abandoned = true
            state.chunks = []
            defer {
                state.onAbandoned = []
                state.waiting = nil
            }
            return (state.onAbandoned, state.waiting)
        }
        waiting?.resume()
        poke()
        for callback in callbacks { callback() }
    }

    /// Tells either reader that something changed.
    private func wake() {
        state.withLock { state in
            defer { state.waiting = nil }
            return state.waiting
        }?.resume()
        poke()
    }

    private func poke() {
        var byte: UInt8 = 1
        // A full pipe already holds a wake-up the reader has not consumed: nothing is lost.
        _ = Glibc.write(wakeup.write, &byte, 1)
    }

    private func drain() {
        var bytes = [UInt8](repeating: 0, count: 64)
        while Glibc.read(wakeup.read, &bytes, bytes.count) > 0 {}
    }
}
