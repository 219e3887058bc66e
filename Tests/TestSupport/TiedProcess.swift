import Foundation

extension Process {
    /// Runs `command` (a path, or a name looked up on PATH, then its arguments) as this process, so
    /// that it cannot outlive the test process. `deinit` and `defer` stop a test's servers when a test
    /// ends, but a crash or a SIGKILL runs neither, and every server then kept running.
    ///
    /// The kernel kills the child when its parent dies (`setpriv --pdeathsig KILL`, from util-linux).
    /// The parent is the thread that forked the child, not the process, and the cooperative pool ends
    /// idle threads: a server started from one would be killed in mid-test. So every child is forked
    /// from one thread that lives as long as the process. The shell in between execs the command only
    /// if its parent is still the test process, for a test process that died before the death signal
    /// was set.
    package func runTiedToTestProcess(_ command: [String]) throws {
        executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        arguments = ["--pdeathsig", "KILL", "--", "/bin/sh", "-c", #"[ "$PPID" = "$1" ] || exit 1; shift; exec "$@""#, "sh", String(getpid())]
            + command
        try SpawningThread.shared.perform { try self.run() }
    }
}

/// The thread every tied child is forked from; it waits for work and never ends.
private final class SpawningThread: @unchecked Sendable {
    static let shared = SpawningThread()

    // `jobs` is guarded by `condition`.
    private let condition = NSCondition()
    private var jobs: [() -> Void] = []

    private init() {
        let thread = Thread { [self] in serve() }
        thread.name = "test-servers"
        thread.start()
    }

    private func serve() -> Never {
        while true {
            condition.lock()
            while jobs.isEmpty { condition.wait() }
            let job = jobs.removeFirst()
            condition.unlock()
            job()
        }
    }

    /// Runs `body` on this thread and waits for it.
    func perform(_ body: @escaping () throws -> Void) throws {
        let done = DispatchSemaphore(value: 0)
        var failure: (any Error)?
        condition.lock()
        jobs.append {
            do { try body() } catch { failure = error }
            done.signal()
        }
        condition.signal()
        condition.unlock()
        done.wait()
        if let failure { throw failure }
    }
}
