import Foundation
import NIOConcurrencyHelpers
#if canImport(Glibc)
import Glibc
#endif

/// A process started with posix_spawn, in a process group of its own, with an empty signal mask and
/// default signal dispositions. Foundation's Process inherits the spawning thread's mask, and Swift's
/// executor threads block SIGTERM, so functions and Redis started that way could not be stopped
/// gracefully.
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
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigmask(&attributes, &mask)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for number in [SIGTERM, SIGINT, SIGQUIT, SIGHUP, SIGPIPE, SIGCHLD, SIGUSR1, SIGUSR2] { sigaddset(&defaults, number) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP))

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        var ends: [Int32] = [-1, -1]
        if output != nil {
            guard pipe(&ends) == 0 else { throw SpawnError(executable: executable, code: errno) }
            _ = fcntl(ends[0], F_SETFD, FD_CLOEXEC)
            _ = fcntl(ends[1], F_SETFD, FD_CLOEXEC)
            posix_spawn_file_actions_adddup2(&actions, ends[1], 1)
            posix_spawn_file_actions_adddup2(&actions, ends[1], 2)
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
        var program = executable
        var argumentList = [executable] + arguments
        if let directory {
            if let addChdir = Self.addChdir {
                _ = addChdir(&actions, directory)
            } else {
                // No posix_spawn chdir in this libc: let a shell change directory, then exec.
                program = "/bin/sh"
                argumentList = ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", directory] + argumentList
            }
        }

        let argv = argumentList.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var spawned: pid_t = 0
        let code = posix_spawn(&spawned, program, &actions, &attributes, argv, envp)
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

    private typealias AddChdir = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32

    /// glibc's `posix_spawn_file_actions_addchdir_np` (2.29+), looked up at run time because the
    /// Glibc module only declares it for _GNU_SOURCE builds.
    private static let addChdir: AddChdir? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addchdir_np") else { return nil }
        return unsafeBitCast(symbol, to: AddChdir.self)
    }()

    /// Signals the whole process group, so helpers the function started go too.
    func signal(_ number: Int32) {
        guard !exit.fired else { return }
        _ = kill(-pid, number)
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
