import Dispatch
import Synchronization

/// Hands chunks written by async code to libcurl's blocking read callback on the transfer thread.
/// Each chunk becomes one HTTP chunk, so a reader sees data as soon as it is written.
public final class ChunkPipe: Sendable {
    private struct State {
        var chunks: [[UInt8]] = []
        var offset = 0
        var finished = false
        var trailers: [(name: String, value: String)] = []
    }

    private let state = Mutex(State())
    /// Signalled on every change; the reader re-checks the state, so surplus signals are harmless.
    private let changed = DispatchSemaphore(value: 0)

    public init() {}

    public func write(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        state.withLock { $0.chunks.append(bytes) }
        changed.signal()
    }

    /// Ends the body; the trailers go out after the last chunk.
    public func finish(trailers: [(name: String, value: String)] = []) {
        state.withLock {
            $0.finished = true
            $0.trailers = trailers
        }
        changed.signal()
    }

    /// Blocks until data or the end is available; copies at most `buffer.count` bytes. Returns 0 at the end.
    func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        while true {
            let copied: Int? = state.withLock { state in
                if let chunk = state.chunks.first {
                    let count = min(buffer.count, chunk.count - state.offset)
                    chunk.withUnsafeBytes { source in
                        buffer.baseAddress!.copyMemory(
                            from: source.baseAddress! + state.offset, byteCount: count)
                    }
                    state.offset += count
                    if state.offset == chunk.count {
                        state.chunks.removeFirst()
                        state.offset = 0
                    }
                    return count
                }
                return state.finished ? 0 : nil
            }
            if let copied { return copied }
            changed.wait()
        }
    }

    var trailers: [(name: String, value: String)] {
        state.withLock { $0.trailers }
    }
}
