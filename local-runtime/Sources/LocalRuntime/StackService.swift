import LambdaEmulator
import ServiceLifecycle

/// The stack as the one service of a `ServiceGroup`, which turns SIGINT and SIGTERM into a graceful
/// shutdown: the stack then stops taking queue batches, lets invocations in flight finish and stops
/// its processes, as `LocalStack.shutdown()` does. The group ignores those signals in this process to
/// receive them through a dispatch source; the functions and Redis still stop on SIGTERM because
/// `ChildProcess` starts every program with the default signal dispositions.
struct StackService: Service {
    let stack: LocalStack
    let onReady: @Sendable (String) -> Void

    func run() async throws {
        try await withGracefulShutdownHandler {
            try await stack.run(onReady: onReady)
        } onGracefulShutdown: {
            stack.shutdown()
        }
    }
}
