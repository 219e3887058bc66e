/// Reads a `text/event-stream` body (the WHATWG server-sent events format) as its bytes arrive, in pieces
/// cut anywhere: a line (or a UTF-8 character) split across pieces is joined first. Lines end in LF, CRLF
/// or CR, a CRLF split between two pieces included; a line starting with ':' is a comment (a keep-alive);
/// `data:` lines accumulate, joined by "\n", and a blank line dispatches them as one event with the type
/// `event:` named ("message" when none did). `id:` and `retry:` are read past: a chat stream is not resumed.
struct ServerSentEventParser {
    struct Event: Sendable, Equatable {
        let type: String
        let data: String
    }

    private var line: [UInt8] = []
    /// The last piece ended in CR: an LF starting the next one ends no further line.
    private var afterCarriageReturn = false
    private var type = ""
    private var data: [String] = []

    /// The events this piece completes.
    mutating func feed(_ bytes: some Sequence<UInt8>) -> [Event] {
        var events: [Event] = []
        for byte in bytes {
            defer { afterCarriageReturn = byte == UInt8(ascii: "\r") }
            switch byte {
            case UInt8(ascii: "\n") where afterCarriageReturn:
                continue
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                if let event = endLine() { events.append(event) }
            default:
                line.append(byte)
            }
        }
        return events
    }

    /// The stream has ended: an event whose closing blank line never came is dispatched all the same
    /// (some servers end with `data: [DONE]` and nothing after it).
    mutating func finish() -> [Event] {
        var events: [Event] = []
        if !line.isEmpty, let event = endLine() { events.append(event) }
        if let event = dispatch() { events.append(event) }
        return events
    }

    private mutating func endLine() -> Event? {
        defer { line.removeAll(keepingCapacity: true) }
        guard !line.isEmpty else { return dispatch() }
        guard line.first != UInt8(ascii: ":") else { return nil }
        let text = String(decoding: line, as: UTF8.self)
        let field: Substring
        var value: Substring
        if let colon = text.firstIndex(of: ":") {
            field = text[..<colon]
            value = text[text.index(after: colon)...]
            if value.first == " " { value = value.dropFirst() }
        } else {
            field = Substring(text)
            value = ""
        }
        switch field {
        case "data": data.append(String(value))
        case "event": type = String(value)
        default: break
        }
        return nil
    }

    private mutating func dispatch() -> Event? {
        defer {
            data = []
            type = ""
        }
        guard !data.isEmpty else { return nil }
        return Event(type: type.isEmpty ? "message" : type, data: data.joined(separator: "\n"))
    }
}
