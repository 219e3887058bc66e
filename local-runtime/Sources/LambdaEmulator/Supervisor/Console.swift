import Foundation
import NIOConcurrencyHelpers

/// Where handler output goes: whole lines, each prefixed with the function and the request it belongs
/// to, written under one lock so lines of concurrent environments never interleave. A closed stdout
/// loses the lines rather than stopping the stack.
public final class Console: Sendable {
    private let lock = NIOLock()
    private let handle: FileHandle

    public init(handle: FileHandle = .standardOutput) {
        self.handle = handle
    }

    public func write(function: String, requestID: String?, line: Substring) {
        let text = "[\(function)] [\(requestID ?? "init")] \(line)\n"
        lock.withLock { try? handle.write(contentsOf: Data(text.utf8)) }
    }

    /// Emulator messages (start, timeout, crash) in the same stream.
    public func note(_ text: String) {
        lock.withLock { try? handle.write(contentsOf: Data("local-runtime: \(text)\n".utf8)) }
    }
}

/// Splits a process's output into lines for the console; a partial last line waits for the rest.
final class LineSplitter: @unchecked Sendable {
    // Only touched from the pipe's readability handler, which runs serially.
    private var pending = Data()

    func feed(_ data: Data, emit: (Substring) -> Void) {
        pending.append(data)
        while let newline = pending.firstIndex(of: 0x0A) {
            let line = String(decoding: pending[pending.startIndex..<newline], as: UTF8.self)
            pending.removeSubrange(pending.startIndex...newline)
            emit(Substring(line))
        }
    }

    func flush(emit: (Substring) -> Void) {
        if !pending.isEmpty {
            emit(Substring(String(decoding: pending, as: UTF8.self)))
            pending.removeAll()
        }
    }
}
