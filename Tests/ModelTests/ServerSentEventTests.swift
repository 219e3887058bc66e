@testable import ModelClient
import Testing

@Suite("Server-sent events and streamed chat answers")
struct ServerSentEventTests {
    private typealias Event = ServerSentEventParser.Event

    /// Feeds `text` cut into pieces of `size` bytes and collects every event, the end included.
    private func events(_ text: String, pieceSize size: Int) -> [Event] {
        var parser = ServerSentEventParser()
        let bytes = Array(text.utf8)
        var events: [Event] = []
        for start in stride(from: 0, to: bytes.count, by: size) {
            events += parser.feed(bytes[start..<min(start + size, bytes.count)])
        }
        return events + parser.finish()
    }

    @Test("lines and characters split anywhere", arguments: [1, 2, 3, 7, 1000])
    func piecesSplitAnywhere(_ size: Int) {
        let stream = "data: {\"a\":\"실험함\"}\n\ndata: 둘째\n\n"
        #expect(events(stream, pieceSize: size) == [Event(type: "message", data: #"{"a":"실험함"}"#), Event(type: "message", data: "둘째")])
    }

    @Test("CRLF, CR and LF line ends, a CRLF split between pieces", arguments: [1, 2, 5, 1000])
    func lineEnds(_ size: Int) {
        let stream = "data: a\r\n\r\ndata: b\r\rdata: c\n\ndata: d\r\n\r\n"
        #expect(events(stream, pieceSize: size).map(\.data) == ["a", "b", "c", "d"])
    }

    @Test func commentsAreSkippedAndDataLinesJoined() {
        let stream = ": ping\n\ndata: first\n: keep-alive\ndata:second\ndata\nid: 7\nretry: 10\n\n"
        #expect(events(stream, pieceSize: 4) == [Event(type: "message", data: "first\nsecond\n")])
    }

    @Test func anEventTypeIsKeptAndAnEventWithoutItsBlankLineEndsWithTheStream() {
        #expect(events("event: error\ndata: x\n\ndata: [DONE]", pieceSize: 3)
            == [Event(type: "error", data: "x"), Event(type: "message", data: "[DONE]")])
    }

    // MARK: the chat answer the events carry

    private func chunk(_ content: String?, finish: String? = nil) -> String {
        let delta = content.map { #"{"content":"\#($0)"}"# } ?? "{}"
        let reason = finish.map { "\"\($0)\"" } ?? "null"
        return #"data: {"id":"c","object":"chat.completion.chunk","choices":[{"index":0,"delta":\#(delta),"finish_reason":\#(reason)}]}"# + "\r\n\r\n"
    }

    private func answer(_ body: String, pieceSize size: Int) throws(ModelError) -> StreamedAnswer.Result {
        var answer = StreamedAnswer()
        var none: (any AnswerJudge)?
        let bytes = Array(body.utf8)
        for start in stride(from: 0, to: bytes.count, by: size) {
            _ = try answer.feed(Array(bytes[start..<min(start + size, bytes.count)]), watching: &none)
        }
        return try answer.finish()
    }

    @Test("deltas, the finish reason, the usage chunk and [DONE]", arguments: [1, 5, 4096])
    func deltasAndUsage(_ size: Int) throws {
        let body = #"data: {"choices":[{"index":0,"delta":{"role":"assistant"},"finish_reason":null}]}"# + "\n\n"
            + chunk("{\\\"text\\\":\\\"전지 ") + chunk("실험을 설계함.\\\"}") + chunk(nil, finish: "stop")
            + #"data: {"choices":[],"usage":{"prompt_tokens":321,"completion_tokens":45}}"# + "\n\n" + "data: [DONE]\n\n"
        let result = try answer(body, pieceSize: size)
        #expect(result == StreamedAnswer.Result(
            content: #"{"text":"전지 실험을 설계함."}"#, finishReason: "stop", promptTokens: 321, completionTokens: 45))
    }

    /// Cuts the answer off once it holds `after` pieces.
    private struct PieceCounter: AnswerJudge {
        let after: Int
        var seen = 0
        mutating func verdict(on answer: String) -> CutOff? {
            seen += 1
            return seen >= after ? .loop : nil
        }
    }

    @Test("a cut-off falls on the same piece however the bytes arrive", arguments: [1, 9, 4096])
    func aCutOffFallsOnThePieceTheJudgeSaw(_ size: Int) throws {
        let body = (1...40).map { chunk("조각\($0) ") }.joined()
        var answer = StreamedAnswer()
        var judge: (any AnswerJudge)? = PieceCounter(after: 3)
        let bytes = Array(body.utf8)
        var cutOff: CutOff?
        for start in stride(from: 0, to: bytes.count, by: size) where cutOff == nil {
            cutOff = try answer.feed(Array(bytes[start..<min(start + size, bytes.count)]), watching: &judge).cutOff
        }
        #expect(cutOff == .loop)
        #expect(answer.pieces == 3 && answer.content == "조각1 조각2 조각3 ")
    }

    @Test func withoutAUsageChunkTheTokensAreThePiecesReceived() throws {
        let result = try answer(chunk("가") + chunk("나") + chunk("다", finish: "length") + "data: [DONE]\n\n", pieceSize: 7)
        #expect(result.content == "가나다" && result.finishReason == "length")
        #expect(result.promptTokens == 0 && result.completionTokens == 3)
    }

    @Test func nothingAfterDoneIsRead() throws {
        let result = try answer(chunk("끝") + "data: [DONE]\n\n" + "data: not json\n\n", pieceSize: 4)
        #expect(result.content == "끝")
    }

    @Test func malformedJSONIsAClearErrorThatQuotesNoText() {
        #expect(throws: ModelError.malformedResponse("stream event 2 is not valid JSON")) {
            try answer(chunk("학생 이름") + "data: {\"choices\":[{\"delta\":{\"content\":\"학생\n\n", pieceSize: 3)
        }
        #expect(throws: ModelError.malformedResponse("stream event 1 is not a chat completion chunk")) {
            try answer(#"data: {"choices":"none"}"# + "\n\n", pieceSize: 100)
        }
        #expect(throws: ModelError.malformedResponse("the server reported an error mid-stream: overloaded")) {
            try answer(chunk("a") + #"data: {"error":{"message":"overloaded"}}"# + "\n\n", pieceSize: 100)
        }
        #expect(throws: ModelError.malformedResponse("an empty event stream")) {
            try answer(": ping\n\n", pieceSize: 100)
        }
    }

    @Test("a server that ignores stream answers one JSON body", arguments: [1, 9, 4096])
    func aWholeCompletion(_ size: Int) throws {
        let body = "\n " + #"{"choices":[{"message":{"content":"실험함."},"finish_reason":"stop"}],"usage":{"prompt_tokens":9,"completion_tokens":4}}"#
        #expect(try answer(body, pieceSize: size)
            == StreamedAnswer.Result(content: "실험함.", finishReason: "stop", promptTokens: 9, completionTokens: 4))
        #expect(throws: ModelError.malformedResponse("not a chat completion")) { try answer("{\"choices\":", pieceSize: size) }
    }
}
