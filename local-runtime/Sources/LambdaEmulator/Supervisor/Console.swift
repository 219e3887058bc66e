import Foundation
import Synchronization

/// Where handler output goes: whole lines, each prefixed with the function and the request it belongs
/// to, written under one lock so lines of concurrent environments never interleave. A closed stdout
/// loses the lines rather than stopping the stack.
package final class Console: Sendable {
    /// The handle is reachable only under its lock, so every write is a whole line.
    private let handle: Mutex<FileHandle>

    package init(handle: FileHandle = .standardOutput) {
        self.handle = Mutex(handle)
    }

    package func write(function: String, requestID: String?, line: Substring) {
        let text = "[\(function)] [\(requestID ?? "init")] \(line)\n"
        handle.withLock { try? $0.write(contentsOf: Data(text.utf8)) }
    }

    /// Emulator messages (start, timeout, crash) in the same stream.
    package func note(_ text: String) {
        handle.withLock { try? $0.write(contentsOf: Data("local-runtime: \(text)\n".utf8)) }
    }
}

/// Splits a process's output into lines for the console; a partial last line waits for the rest.
/// The pipe's readability handler calls it serially, so its lock is never contended; it is there so
/// the compiler, not a comment, knows the partial line is not shared unguarded.
final class LineSplitter: Sendable {
    private let pending = Mutex(Data())

    func feed(_ data: Data, emit: (Substring) -> Void) {
        let lines = pending.withLock { pending -> [Substring] in
            pending.append(data)
            var lines: [Substring] = []
            while let newline = pending.firstIndex(of: 0x0A) {
                lines.append(Substring(String(decoding: pending[pending.startIndex..<newline], as: UTF8.self)))
                pending.removeSubrange(pending.startIndex...newline)
            }
            return lines
        }
        lines.forEach(emit)
    }

    func flush(emit: (Substring) -> Void) {
        let rest = pending.withLock { pending -> Data in
            defer { pending.removeAll() }
            return pending
        }
        if !rest.isEmpty { emit(Substring(String(decoding: rest, as: UTF8.self))) }
    }
}
