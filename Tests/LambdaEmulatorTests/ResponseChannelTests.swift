@testable import LambdaEmulator
import Testing

@Suite struct ResponseChannelTests {
    @Test func eventsArriveInOrderAndTheFirstTerminalWins() async {
        let channel = ResponseChannel()
        channel.send(.head(contentType: "text/plain", streaming: true))
        channel.send(.body(Array("a".utf8)))
        #expect(channel.send(.end(streamError: nil)))
        #expect(!channel.send(.failed(.timeout(requestID: "r", seconds: 3))))
        guard case .success(let type, let body, nil) = await channel.collect() else {
            Issue.record("expected a success")
            return
        }
        #expect(type == "text/plain")
        #expect(body == Array("a".utf8))
    }

    @Test func aWaitingConsumerIsWokenAndFinishWaitersReturn() async {
        let channel = ResponseChannel()
        async let result = channel.collect()
        async let finished: Void = channel.waitUntilFinished()
        channel.fail(.exited(requestID: "r", status: "exit status 1"))
        _ = await finished
        guard case .failure(let failure) = await result else {
            Issue.record("expected a failure")
            return
        }
        #expect(failure.errorType == "Runtime.ExitError")
        #expect(failure.errorMessage.contains("Runtime exited with error: exit status 1"))
    }

    @Test func postedErrorDocumentsAreKeptAsTheyCame() {
        let posted = Array(#"{"errorMessage":"kaboom","errorType":"ValueError","requestId":"r","stackTrace":[]}"#.utf8)
        let failure = FunctionFailure(kind: .handled, posted: posted, headerErrorType: nil)
        #expect(failure.errorType == "ValueError")
        #expect(failure.body == posted)
        let bare = FunctionFailure(kind: .handled, posted: Array("oops".utf8), headerErrorType: "Runtime.Crash")
        #expect(bare.errorType == "Runtime.Crash")
    }
}
