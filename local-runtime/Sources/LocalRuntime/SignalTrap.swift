import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Both ends of the pipe the C signal handler writes to (the self-pipe pattern: `write` is the only
/// async-signal-safe way out of a handler). Created once, before any handler is installed.
private let signalPipe: (read: Int32, write: Int32) = {
    var ends: [Int32] = [0, 0]
    precondition(pipe(&ends) == 0, "cannot create the signal pipe")
    return (ends[0], ends[1])
}()

/// Turns SIGINT / SIGTERM into a call instead of process death, so the stack can drain first.
/// The signals get a real handler, never SIG_IGN: an ignored signal stays ignored across exec, and the
/// functions and Redis we spawn must still stop on SIGTERM (a handler resets to the default at exec).
enum SignalTrap {
    static func install(signals: [Int32], handler: @escaping @Sendable () -> Void) {
        let reader = signalPipe.read
        for number in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { _ in
                var byte: UInt8 = 1
                _ = write(signalPipe.write, &byte, 1)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = SA_RESTART
            sigaction(number, &action, nil)
        }
        Thread.detachNewThread {
            var byte: UInt8 = 0
            while read(reader, &byte, 1) > 0 {
                handler()
            }
        }
    }
}
