import CChildSpawn
import Foundation
import NIOConcurrencyHelpers
#if canImport(Glibc)
import Glibc
#endif

/// A process that cannot outlive local-runtime, started by `child_spawn` (CChildSpawn) under a keeper
/// process: it dies with local-runtime however that ends (SIGKILL included), and so does every
/// process it starts itself, even one that left its process group; a process group of its own; an
/// empty signal mask and default dispositions (Swift's executor threads block SIGTERM, which a child
/// would otherwise inherit and never stop gracefully); and no descriptor of local-runtime above
/// stderr, so no listener or connection of another environment. `pid` is the keeper's, which ends
/// as the program does.
final class ChildProcess: Sendable {
    let pid: pid_t
    private let exit = ExitSignal()
    private let status = NIOLockedValueBox<String?>(nil)

    struct SpawnError: Error, CustomStringConvertible {
        let executable: String
        let code: Int32
        var description: String { "cannot start \(executable): \(String(cString: strerror(code)))" }
    }

    /// Starts `executable`. With `output`, stdout and stderr go to one pipe read on a thread of its own;
    /// without, they go to /dev/null. `onExit` runs once, with a description of how the process ended.
    init(
        executable: String, arguments: [String] = [], environment: [String: String], directory: String? = nil,
        output: (@Sendable (Data) -> Void)? = nil, onExit: @escaping @Sendable (String) -> Void = { _ in }
    ) throws {
        var ends: [Int32] = [-1, -1]
        if output != nil {
            guard pipe(&ends) == 0 else { throw SpawnError(executable: executable, code: errno) }
            _ = fcntl(ends[0], F_SETFD, FD_CLOEXEC)
            _ = fcntl(ends[1], F_SETFD, FD_CLOEXEC)
        }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var spawned: pid_t = 0
        let code = executable.withCString { path in
            argv.withUnsafeBufferPointer { argvBuffer in
                envp.withUnsafeBufferPointer { envpBuffer in
                    withOptionalCString(directory) { directoryPointer in
                        var request = child_spawn_request(
                            path: path, argv: argvBuffer.baseAddress, envp: envpBuffer.baseAddress,
                            directory: directoryPointer, output_fd: ends[1])
                        return child_spawn(&request, &spawned)
                    }
                }
            }
        }
        let pid = spawned
        if ends[1] >= 0 { close(ends[1]) }
        guard code == 0 else {
            if ends[0] >= 0 { close(ends[0]) }
            throw SpawnError(executable: executable, code: code)
        }
        self.pid = pid

        if let output {
            let reader = ends[0]
            Thread.detachNewThread {
                var buffer = [UInt8](repeating: 0, count: 16 * 1024)
                while true {
                    let count = read(reader, &buffer, buffer.count)
                    if count > 0 {
                        output(Data(buffer[..<count]))
                    } else if count < 0, errno == EINTR {
                        continue
                    } else {
                        break
                    }
                }
                close(reader)
                output(Data())
            }
        }
        let exit = self.exit
        let status = self.status
        Thread.detachNewThread {
            var raw: Int32 = 0
            while waitpid(pid, &raw, 0) < 0, errno == EINTR {}
            // WIFSIGNALED / WTERMSIG / WEXITSTATUS, spelled out: the C macros are not imported.
            let signal = raw & 0x7f
            let description = signal != 0 ? "signal: \(Self.signalName(signal))" : "exit status \((raw >> 8) & 0xff)"
            status.withLockedValue { $0 = description }
            exit.fire()
            onExit(description)
        }
    }

    var hasExited: Bool { exit.fired }

    /// Signals the whole process group, so helpers the function started go too. SIGKILL is an order
    /// to the keeper instead (`child_spawn_kill`), which kills helpers that left the group as well; a
    /// keeper that has not ended two seconds later (it never should) is killed with its group.
    func signal(_ number: Int32) {
        guard !exit.fired else { return }
        guard number == SIGKILL else {
            _ = kill(-pid, number)
            return
        }
        let (pid, exit) = (pid, exit)
        if child_spawn_kill(pid) != 0 {
            _ = kill(-pid, SIGKILL)
            return
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + 2) {
            if !exit.fired { _ = kill(-pid, SIGKILL) }
        }
    }

    func waitForExit() async {
        await exit.wait()
    }

    static func signalName(_ number: Int32) -> String {
        switch number {
        case SIGKILL: "killed"
        case SIGTERM: "terminated"
        case SIGSEGV: "segmentation fault"
        case SIGABRT: "aborted"
        case SIGILL: "illegal instruction"
        case SIGTRAP: "trace/breakpoint trap"
        default: String(number)
        }
    }
}

private func withOptionalCString<Result>(_ text: String?, _ body: (UnsafePointer<CChar>?) -> Result) -> Result {
    guard let text else { return body(nil) }
    return text.withCString { body($0) }
}
