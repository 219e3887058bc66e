import Foundation

/// A chat answer assembled from a 2xx body as its pieces arrive. A streaming server sends server-sent
/// events (`data: {chunk}` … `data: [DONE]`); a server that ignores `stream` sends one chat completion,
/// which is read whole at the end. Which it is shows in the body's first byte: an event stream never
/// starts with '{'.
struct StreamedAnswer {
    /// What the answer holds once it has ended.
    struct Result: Equatable {
        let content: String
        let finishReason: String?
        let promptTokens: Int
        let completionTokens: Int
    }

    private enum Form {
        case undecided
        case events
        case completion
    }

    private var form = Form.undecided
    private var parser = ServerSentEventParser()
    /// A whole completion's bytes, or leading whitespace while the form is undecided.
    private var body: [UInt8] = []
    private(set) var content = ""
    /// Events that carried a piece of the message: a server streams about one token an event.
    private(set) var pieces = 0
    private var finishReason: String?
    private var usage: ChatUsage?
    private var done = false
    private var events = 0

    /// Takes the next piece of the body, asking `judge` about the text after each piece that grew it:
    /// the answer stops at the first piece the judge cuts off, wherever the bytes were split, so an
    /// answer cut off holds the same pieces however many arrived in one read. The rest of the read is
    /// not taken.
    mutating func feed(_ bytes: [UInt8], watching judge: inout (any AnswerJudge)?) throws(ModelError) -> (grew: Bool, cutOff: CutOff?) {
        if form == .undecided {
            body += bytes
            guard let first = body.first(where: { !Self.isWhitespace($0) }) else { return (false, nil) }
            form = first == UInt8(ascii: "{") ? .completion : .events
            guard form == .events else { return (false, nil) }
            let pending = body
            body = []
            return try take(parser.feed(pending), watching: &judge)
        }
        switch form {
        case .completion:
            body += bytes
            return (false, nil)
        case .events, .undecided:
            return try take(parser.feed(bytes), watching: &judge)
        }
    }

    /// The answer once the body has ended.
    mutating func finish() throws(ModelError) -> Result {
        switch form {
        case .completion:
            let decoded: ChatResponseBody
            do {
                decoded = try JSONDecoder().decode(ChatResponseBody.self, from: Data(body))
            } catch {
                throw .malformedResponse("not a chat completion")
            }
            guard let choice = decoded.choices.first else { throw .malformedResponse("no choices") }
            return Result(
                content: choice.message.content ?? "", finishReason: choice.finishReason,
                promptTokens: decoded.usage?.promptTokens ?? 0, completionTokens: decoded.usage?.completionTokens ?? 0)
        case .events, .undecided:
            var none: (any AnswerJudge)?
            _ = try take(parser.finish(), watching: &none)
            guard events > 0 else { throw .malformedResponse("an empty event stream") }
            return Result(
                content: content, finishReason: finishReason, promptTokens: usage?.promptTokens ?? 0,
                completionTokens: usage?.completionTokens ?? pieces)
        }
    }

    /// The tokens received so far when the answer is cut off before its usage arrived: one an event.
    var completionTokensSoFar: Int { usage?.completionTokens ?? pieces }
    var promptTokensSoFar: Int { usage?.promptTokens ?? 0 }

    private mutating func take(
        _ received: [ServerSentEventParser.Event], watching judge: inout (any AnswerJudge)?
    ) throws(ModelError) -> (grew: Bool, cutOff: CutOff?) {
        var grew = false
        for event in received where event.type == "message" && !done {
            events += 1
            if event.data.trimmingCharacters(in: .whitespaces) == "[DONE]" {
                done = true
                continue
            }
            let chunk: ChatChunkBody
            do {
                chunk = try JSONDecoder().decode(ChatChunkBody.self, from: Data(event.data.utf8))
            } catch DecodingError.dataCorrupted {
                // Named by its place, not quoted: an answer's text is the student's.
                throw .malformedResponse("stream event \(events) is not valid JSON")
            } catch {
                throw .malformedResponse("stream event \(events) is not a chat completion chunk")
            }
            if let failure = chunk.error {
                throw .malformedResponse("the server reported an error mid-stream: \(String((failure.message ?? "no message").prefix(200)))")
            }
            if let usage = chunk.usage { self.usage = usage }
            guard let choice = chunk.choices?.first else { continue }
            if let reason = choice.finishReason { finishReason = reason }
            if let piece = choice.delta?.content, !piece.isEmpty {
                content += piece
                pieces += 1
                grew = true
                if let reason = judge?.verdict(on: content) { return (true, reason) }
            }
        }
        return (grew, nil)
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\t")
    }
}
