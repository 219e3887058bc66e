@testable import LambdaEmulator
import Synchronization
import Testing

/// Drives one environment's state machine through init, invocation, timeout, crash and shutdown, and
/// checks the actions it asks for; no process, endpoint or timer is involved.
@Suite struct EnvironmentStateMachineTests {
    private let spawned = ContinuousClock.now

    private func invocation() -> Invocation { Invocation(payload: Array("{}".utf8)) }

    /// A `/next` as the endpoint hands it: remembers what was delivered to it.
    private final class NextRequest: Sendable {
        let delivered = Delivered()
        var deliver: EnvironmentStateMachine.Deliver { { [delivered] invocation, _ in delivered.record(invocation.requestID) } }
    }

    private final class Delivered: Sendable {
        private let ids = Mutex<[String]>([])
        func record(_ id: String) { ids.withLock { $0.append(id) } }
        var requestIDs: [String] { ids.withLock { $0 } }
    }

    private func initialized() -> EnvironmentStateMachine {
        var machine = EnvironmentStateMachine()
        machine.spawning(at: spawned)
        _ = machine.requestNext(NextRequest().deliver, at: spawned + .milliseconds(5))
        return machine
    }

    @Test func theFirstNextEndsInitAndReportsItsDuration() {
        var machine = EnvironmentStateMachine()
        machine.spawning(at: spawned)
        #expect(machine.wantsInitTimer)
        guard case .park(let initDuration) = machine.requestNext(NextRequest().deliver, at: spawned + .milliseconds(40)) else {
            Issue.record("expected the first /next to park")
            return
        }
        #expect(initDuration == .milliseconds(40))
        #expect(!machine.wantsInitTimer)
        guard case .park(nil) = machine.requestNext(NextRequest().deliver, at: spawned + .seconds(1)) else {
            Issue.record("a later /next reports no init duration")
            return
        }
    }

    @Test func anInvocationDispatchedDuringInitGoesToTheFirstNext() {
        var machine = EnvironmentStateMachine()
        machine.spawning(at: spawned)
        let first = invocation()
        guard case .queued = machine.dispatch(first, to: ResponseChannel()) else {
            Issue.record("expected the invocation to wait for the runtime")
            return
        }
        #expect(machine.currentRequestID == first.requestID)
        let next = NextRequest()
        guard case .deliver(let deliver, let delivered, .some) = machine.requestNext(next.deliver, at: spawned + .milliseconds(3)) else {
            Issue.record("expected the queued invocation to be delivered with the init duration")
            return
        }
        deliver(delivered, 0)
        #expect(next.delivered.requestIDs == [first.requestID])
        #expect(machine.isInvoking(first.requestID))
        guard case .reject(let rejection) = machine.requestNext(NextRequest().deliver, at: spawned + .seconds(1)) else {
            Issue.record("a /next during an invocation is out of order")
            return
        }
        #expect(rejection.errorType == "InvalidStateTransition")
    }

    @Test func aParkedNextGetsTheNextDispatchAndItsAnswerFreesTheSlot() {
        var machine = EnvironmentStateMachine()
        machine.spawning(at: spawned)
        let next = NextRequest()
        _ = machine.requestNext(next.deliver, at: spawned)
        let call = invocation()
        let channel = ResponseChannel()
        guard case .deliver(let deliver, let delivered) = machine.dispatch(call, to: channel) else {
            Issue.record("expected the parked /next to get the invocation")
            return
        }
        deliver(delivered, 0)
        #expect(next.delivered.requestIDs == [call.requestID])

        #expect(machine.beginAnswer(requestID: "someone-else", invocationID: nil).rejection?.errorMessage == "Invalid request ID: someone-else")
        #expect(machine.beginAnswer(requestID: call.requestID, invocationID: "old-attempt").rejection?.errorType == "InvocationTimedOut")
        #expect(machine.beginAnswer(requestID: call.requestID, invocationID: call.invocationID).channel === channel)
        #expect(machine.beginAnswer(requestID: call.requestID, invocationID: nil).rejection?.errorMessage.contains("already answered") == true)

        #expect(machine.finish(requestID: call.requestID) === channel)
        #expect(!machine.isInvoking(call.requestID))
        #expect(machine.finish(requestID: call.requestID) == nil)
        #expect(machine.currentRequestID == call.requestID)
        #expect(machine.beginAnswer(requestID: call.requestID, invocationID: nil).rejection?.errorMessage.contains("already answered") == true)
        #expect(machine.isAlive)
        guard case .queued = machine.dispatch(invocation(), to: ResponseChannel()) else {
            Issue.record("the environment takes the next invocation once the last one is answered")
            return
        }
    }

    @Test func aTimeoutFailsTheInvocationInProgressAndStopsTheEnvironment() {
        var machine = initialized()
        let call = invocation()
        let channel = ResponseChannel()
        _ = machine.dispatch(call, to: channel)
        #expect(machine.invocationTimedOut(requestID: "an-earlier-one") == nil)
        #expect(machine.isAlive)
        #expect(machine.invocationTimedOut(requestID: call.requestID) === channel)
        #expect(!machine.isAlive)
        // A late answer is told it came too late; the next invocation is refused, not lost.
        #expect(machine.beginAnswer(requestID: call.requestID, invocationID: nil).rejection?.errorMessage.contains("already answered") == true)
        let refused = invocation()
        guard case .fail(_, let failure) = machine.dispatch(refused, to: ResponseChannel()) else {
            Issue.record("a stopped environment refuses invocations")
            return
        }
        #expect(failure.errorType == "Runtime.ExitError")
        #expect(failure.errorMessage == "RequestId: \(refused.requestID) Error: Runtime exited with error: environment stopped")
    }

    @Test func anAnsweredInvocationDoesNotTimeOut() {
        var machine = initialized()
        let call = invocation()
        _ = machine.dispatch(call, to: ResponseChannel())
        _ = machine.finish(requestID: call.requestID)
        #expect(machine.invocationTimedOut(requestID: call.requestID) == nil)
        #expect(machine.isAlive)
    }

    @Test func theInitTimeoutFailsWhatWaitsAndLaterInvocationsWithTheSameFailure() {
        var machine = EnvironmentStateMachine()
        machine.spawning(at: spawned)
        let waiting = invocation()
        _ = machine.dispatch(waiting, to: ResponseChannel())
        guard case .stop(let failure, let pending) = machine.initTimedOut(limitSeconds: 10) else {
            Issue.record("expected the init timeout to stop the environment")
            return
        }
        #expect(failure.errorType == "Sandbox.Timedout")
        #expect(failure.errorMessage == "Init phase timed out after 10 seconds")
        #expect(pending?.invocation.requestID == waiting.requestID)
        #expect(!machine.isAlive)
        guard case .fail(_, let later) = machine.dispatch(invocation(), to: ResponseChannel()) else {
            Issue.record("expected the next invocation to fail at once")
            return
        }
        #expect(later == failure)
        // The process exits when killed: nothing is left to fail twice, and the failure stays the init one.
        let exit = machine.processExited(status: "signal 9")
        #expect(exit.orphans.isEmpty)
        #expect(exit.failure == failure)
    }

    @Test func theInitTimeoutIsIgnoredOnceTheRuntimeAsked() {
        var machine = initialized()
        guard case .none = machine.initTimedOut(limitSeconds: 10) else {
            Issue.record("an initialised environment does not time out its init")
            return
        }
        #expect(machine.isAlive)
    }

    @Test func anInitErrorTearsDownBeforeTheFirstNextAndIsRefusedAfter() {
        var machine = EnvironmentStateMachine()
        machine.spawning(at: spawned)
        let waiting = invocation()
        _ = machine.dispatch(waiting, to: ResponseChannel())
        let failure = FunctionFailure(kind: .initialization, errorType: "Runtime.ImportError", errorMessage: "no module")
        guard case .tearDown(let pending) = machine.reportInitError(failure) else {
            Issue.record("expected /init/error to tear the environment down")
            return
        }
        #expect(pending?.invocation.requestID == waiting.requestID)
        guard case .fail(_, let later) = machine.dispatch(invocation(), to: ResponseChannel()) else {
            Issue.record("expected the init failure to answer later invocations")
            return
        }
        #expect(later == failure)

        var running = initialized()
        guard case .reject(let rejection) = running.reportInitError(failure) else {
            Issue.record("/init/error after the first /next is out of order")
            return
        }
        #expect(rejection.errorType == "InvalidStateTransition")
        #expect(running.isAlive)
    }

    @Test func aCrashDuringAnInvocationOrphansItAsExited() {
        var machine = initialized()
        let call = invocation()
        _ = machine.dispatch(call, to: ResponseChannel())
        let exit = machine.processExited(status: "exit status 1")
        #expect(exit.orphans.map(\.invocation.requestID) == [call.requestID])
        #expect(exit.failure == nil)
        #expect(!machine.isAlive)
        #expect(machine.finish(requestID: call.requestID) == nil)
    }

    @Test func aCrashDuringInitFailsWhatWaitsAsAnInitExit() {
        var machine = EnvironmentStateMachine()
        machine.spawning(at: spawned)
        _ = machine.dispatch(invocation(), to: ResponseChannel())
        let exit = machine.processExited(status: "exit status 2")
        #expect(exit.orphans.count == 1)
        #expect(exit.failure?.errorType == "Runtime.ExitError")
        #expect(exit.failure?.errorMessage == "Runtime exited during init: exit status 2")
    }

    @Test func shutdownStopsTakingInvocationsAndTheExitFailsWhatWasQueued() {
        var machine = EnvironmentStateMachine()
        machine.spawning(at: spawned)
        let queued = invocation()
        _ = machine.dispatch(queued, to: ResponseChannel())
        machine.stop()
        #expect(!machine.isAlive)
        // The runtime may still ask before the signal lands: it gets nothing.
        let next = NextRequest()
        guard case .park = machine.requestNext(next.deliver, at: spawned + .seconds(1)) else {
            Issue.record("a stopped environment parks a /next without an invocation")
            return
        }
        #expect(next.delivered.requestIDs.isEmpty)
        let exit = machine.processExited(status: "signal 15")
        #expect(exit.orphans.map(\.invocation.requestID) == [queued.requestID])
        #expect(exit.failure == nil)
    }

    @Test func theChildDyingWhileItAnswersOrphansTheInvocationAndRefusesWhatItSentLate() {
        var machine = initialized()
        let call = invocation()
        let channel = ResponseChannel()
        _ = machine.dispatch(call, to: channel)
        #expect(machine.beginAnswer(requestID: call.requestID, invocationID: nil).channel === channel)
        let exit = machine.processExited(status: "signal 11")
        #expect(exit.orphans.count == 1)
        #expect(exit.orphans.first?.channel === channel)
        #expect(exit.failure == nil)
        // The half-sent answer cannot end the invocation a second time, nor can a retry of it.
        #expect(machine.finish(requestID: call.requestID) == nil)
        #expect(machine.beginAnswer(requestID: call.requestID, invocationID: nil).rejection?.errorType == "InvalidStateTransition")
        guard case .fail(_, let refused) = machine.dispatch(invocation(), to: ResponseChannel()) else {
            Issue.record("an environment whose process exited refuses invocations")
            return
        }
        #expect(refused.errorMessage.hasSuffix("environment stopped"))
    }

    @Test func aSecondResponseIsRefusedWhileTheFirstStreamsAndAfterItEnded() {
        var machine = initialized()
        let call = invocation()
        let channel = ResponseChannel()
        _ = machine.dispatch(call, to: channel)
        #expect(machine.beginAnswer(requestID: call.requestID, invocationID: call.invocationID).channel === channel)
        let whileStreaming = machine.beginAnswer(requestID: call.requestID, invocationID: call.invocationID).rejection
        #expect(whileStreaming?.errorMessage == "Invocation \(call.requestID) was already answered")
        #expect(machine.isInvoking(call.requestID))
        #expect(machine.finish(requestID: call.requestID) === channel)
        let afterwards = machine.beginAnswer(requestID: call.requestID, invocationID: call.invocationID).rejection
        #expect(afterwards?.errorMessage == "Invocation \(call.requestID) was already answered")
        #expect(machine.isAlive)
    }

    @Test func aTimeoutWhileTheAnswerStreamsWinsAndTheLateEndIsDropped() {
        var machine = initialized()
        let call = invocation()
        let channel = ResponseChannel()
        _ = machine.dispatch(call, to: channel)
        _ = machine.beginAnswer(requestID: call.requestID, invocationID: nil)
        #expect(machine.invocationTimedOut(requestID: call.requestID) === channel)
        #expect(machine.finish(requestID: call.requestID) == nil)
        #expect(!machine.isAlive)
        // The killed process's exit does not fail the timed-out invocation a second time.
        let exit = machine.processExited(status: "signal 9")
        #expect(exit.orphans.isEmpty)
        #expect(exit.failure == nil)
    }

    @Test func aDispatchToABusyEnvironmentFailsWithoutDisturbingTheInvocationInProgress() {
        var machine = initialized()
        let call = invocation()
        let channel = ResponseChannel()
        _ = machine.dispatch(call, to: channel)
        let second = invocation()
        guard case .fail(_, let failure) = machine.dispatch(second, to: ResponseChannel()) else {
            Issue.record("a busy environment refuses a second invocation")
            return
        }
        #expect(failure.errorMessage == "RequestId: \(second.requestID) Error: Runtime exited with error: environment busy")
        #expect(machine.currentRequestID == call.requestID)
        #expect(machine.beginAnswer(requestID: call.requestID, invocationID: nil).channel === channel)
    }

    @Test func aStopDuringAnInvocationLetsItAnswerWithinTheGrace() {
        var machine = initialized()
        let call = invocation()
        let channel = ResponseChannel()
        _ = machine.dispatch(call, to: channel)
        machine.stop()
        #expect(!machine.isAlive)
        #expect(machine.beginAnswer(requestID: call.requestID, invocationID: nil).channel === channel)
        #expect(machine.finish(requestID: call.requestID) === channel)
        #expect(machine.processExited(status: "signal 15").orphans.isEmpty)
    }

    @Test func anInitErrorsTeardownExitReportsTheInitFailureNotACrash() {
        var machine = EnvironmentStateMachine()
        machine.spawning(at: spawned)
        let failure = FunctionFailure(kind: .initialization, errorType: "Runtime.ImportError", errorMessage: "no module")
        guard case .tearDown(nil) = machine.reportInitError(failure) else {
            Issue.record("expected /init/error to tear down with nothing waiting")
            return
        }
        let exit = machine.processExited(status: "exit status 1")
        #expect(exit.orphans.isEmpty)
        #expect(exit.failure == failure)
        guard case .none = machine.initTimedOut(limitSeconds: 10) else {
            Issue.record("a torn-down environment's init timer has nothing left to stop")
            return
        }
    }
}

extension Result where Success == ResponseChannel, Failure == RuntimeAPIRejection {
    fileprivate var channel: ResponseChannel? { try? get() }
    fileprivate var rejection: RuntimeAPIRejection? {
        if case .failure(let rejection) = self { return rejection }
        return nil
    }
}
