import Foundation
import Synchronization

/// A tiny HTTP/1.1 server on a free 127.0.0.1 port that answers with scripted replies in order and
/// records what it received, for behaviour a real server will not show on demand (500, 429, bad digests).
final class StubHTTPServer: Sendable {
    struct Reply: Sendable {
        var status: Int
        var headers: [String: String]
        var body: String
        /// Held back this long before answering, to make the client time out.
        var delay: Duration = .zero
        /// Close the kept-alive connection instead of answering, as a server does when its idle timeout
        /// ends the connection just as a request arrives on it.
        var hangUp = false

        init(status: Int, headers: [String: String] = [:], body: String, delay: Duration = .zero) {
            self.status = status
            self.headers = headers
            self.body = body
            self.delay = delay
        }

        static let hangUpUnanswered: Reply = {
            var reply = Reply(status: 0, body: "")
            reply.hangUp = true
            return reply
        }()

        /// An AWS JSON 1.0 error answer.
        static func error(status: Int, type: String, message: String, queryCode: String? = nil) -> Reply {
            var headers = ["Content-Type": "application/x-amz-json-1.0"]
            if let queryCode { headers["x-amzn-query-error"] = "\(queryCode);Sender" }
            return Reply(status: status, headers: headers, body: #"{"__type":"\#(type)","message":"\#(message)"}"#)
        }

        static func json(_ body: String) -> Reply {
            Reply(status: 200, headers: ["Content-Type": "application/x-amz-json-1.0"], body: body)
        }
    }

    struct Received: Sendable {
        /// Lower-cased names.
        var headers: [String: String]
        var body: String
    }

    private struct State {
        var replies: [Reply]
        var received: [Received] = []
    }

    let port: Int
    private let listener: Int32
    private let state: Mutex<State>

    init(replies: [Reply]) throws {
        state = Mutex(State(replies: replies))
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = LoopbackPort.loopback(port: 0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, length) == 0 && listen(fd, 16) == 0 && getsockname(fd, $0, &length) == 0
            }
        }
        guard bound else {
            close(fd)
            throw POSIXError(.EADDRNOTAVAIL)
        }
        listener = fd
        port = Int(UInt16(bigEndian: address.sin_port))
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    deinit {
        stop()
    }

    var endpoint: String { "http://127.0.0.1:\(port)" }
    var received: [Received] { state.withLock { $0.received } }

    /// Wakes the accept loop, which then ends.
    func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
    }

    private func acceptLoop() {
        defer { close(listener) }
        while true {
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { return }
            serve(connection)
            close(connection)
        }
    }

    /// Answers requests on one kept-alive connection until the client closes it.
    private func serve(_ connection: Int32) {
        var buffer: [UInt8] = []
        while let request = readRequest(connection, buffer: &buffer) {
            let reply = state.withLock { state -> Reply in
                state.received.append(request)
                return state.replies.isEmpty
                    ? .error(status: 599, type: "StubExhausted", message: "no scripted reply left")
                    : state.replies.removeFirst()
            }
            if reply.hangUp { return }
            if reply.delay > .zero {
                Thread.sleep(forTimeInterval: Double(reply.delay.components.seconds) + Double(reply.delay.components.attoseconds) / 1e18)
            }
            var head = "HTTP/1.1 \(reply.status) Scripted\r\nContent-Length: \(reply.body.utf8.count)\r\n"
            for (name, value) in reply.headers { head += "\(name): \(value)\r\n" }
            let bytes = Array((head + "\r\n" + reply.body).utf8)
            _ = bytes.withUnsafeBytes { send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        }
    }

    private func readRequest(_ connection: Int32, buffer: inout [UInt8]) -> Received? {
        let separator = Array("\r\n\r\n".utf8)
        var headerEnd: Int?
        while true {
            if headerEnd == nil, let range = buffer.firstRange(of: separator) { headerEnd = range.upperBound }
            if let end = headerEnd {
                let head = String(decoding: buffer[..<end], as: UTF8.self)
                var headers: [String: String] = [:]
                for line in head.split(separator: "\r\n").dropFirst() {
                    guard let colon = line.firstIndex(of: ":") else { continue }
                    headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                }
                let length = Int(headers["content-length"] ?? "0") ?? 0
                if buffer.count >= end + length {
                    let body = String(decoding: buffer[end..<(end + length)], as: UTF8.self)
                    buffer.removeFirst(end + length)
                    return Received(headers: headers, body: body)
                }
            }
            var chunk = [UInt8](repeating: 0, count: 65536)
            let count = chunk.withUnsafeMutableBytes { recv(connection, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { return nil }
            buffer += chunk[..<count]
        }
    }
}
