import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Lets a cancelled task stop one blocking Redis command (`XREAD BLOCK`) early: hiredis waits in a
/// plain `read`, which nothing but the socket itself can end, so the cancellation shuts the socket
/// down; the connection is then dropped and the next command opens a fresh one. The socket is known
/// only between `begin` and `end`, so a cancellation never touches a socket the command is not using.
final class BlockingInterruption: Sendable {
    private struct State {
        var socket: Int32?
        var interrupted = false
    }

    private let state = Mutex(State())

    /// The command is about to use `socket`; false when the task was cancelled already.
    func begin(socket: Int32) -> Bool {
        state.withLock { state in
            guard !state.interrupted else { return false }
            state.socket = socket
            return true
        }
    }

    /// The command is over; true when it was interrupted (its reply, if any, is not to be trusted).
    func end() -> Bool {
        state.withLock { state in
            state.socket = nil
            return state.interrupted
        }
    }

    func interrupt() {
        state.withLock { state in
            state.interrupted = true
            if let socket = state.socket { shutdown(socket, Int32(SHUT_RDWR)) }
        }
    }
}
