import Testing

@testable import LambdaRuntime

@Suite("Runtime state machine")
struct StateMachineTests {
    private func invoking() throws -> RuntimeStateMachine {
        var machine = RuntimeStateMachine()
        machine.initSucceeded()
        try machine.invocationReceived()
        return machine
    }

    @Test("one buffered response per invocation")
    func singleResponse() throws {
        var machine = try invoking()
        try machine.respond()
        #expect(throws: RuntimeError.self) { try machine.respond() }
        #expect(throws: RuntimeError.self) { try machine.write() }
        #expect(machine.handlerReturned() == .nothing)
        #expect(machine.state == .idle)
    }

    @Test("streaming opens once, then appends; an error mid-stream becomes trailers")
    func streaming() throws {
        var machine = try invoking()
        #expect(try machine.write() == .openStream)
        #expect(try machine.write() == .append)
        #expect(throws: RuntimeError.self) { try machine.respond() }
        #expect(machine.handlerFailed() == .closeStreamWithErrorTrailers)
        #expect(machine.state == .idle)
    }

    @Test("a handler that returns or throws before any output gets an empty response or an /error")
    func nothingSent() throws {
        var quiet = try invoking()
        #expect(quiet.handlerReturned() == .postEmptyResponse)
        var failing = try invoking()
        #expect(failing.handlerFailed() == .postError)
        var late = try invoking()
        try late.respond()
        #expect(late.handlerFailed() == .logOnly)
    }

    @Test("no second invocation while one is running")
    func noOverlap() throws {
        var machine = try invoking()
        #expect(throws: RuntimeError.self) { try machine.invocationReceived() }
    }
}
