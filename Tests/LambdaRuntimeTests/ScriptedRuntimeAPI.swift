import Foundation
import Synchronization

/// A Runtime API stand-in on 127.0.0.1: hands out scripted events on `/next`, records every request
/// (chunked bodies chunk by chunk, with trailers), and answers `/next` with 500 once the script is
/// used up, which ends the runtime's loop. With `cutStreamsAfter`, it closes the connection of a
/// chunked `/response` once that many chunks arrived, as local-runtime does when the invoker left.
final class ScriptedRuntimeAPI: Sendable {
    struct Event: Sendable {
        var requestID: String
        var body: String
        var headers: [String: String] = [:]
    }

    struct Request: Sendable {
        var method: String
        var path: String
        var headers: [String: String]
        var body: [UInt8]
        var chunks: [[UInt8]]
        var trailers: [String: String]

        func header(_ name: String) -> String? { headers[name.lowercased()] }
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    private struct State {
        var script: [Event]
        var requests: [Request] = []
        var responseStatus: Int
    }

    let port: Int
    private let listener: Int32
    private let state: Mutex<State>
    private let onChunk: @Sendable ([UInt8]) -> Void
    private let cutStreamsAfter: Int?

    /// - Parameters:
    ///   - responseStatus: what `/response`, `/error` and `/init/error` are answered with.
    ///   - onChunk: called as each chunk of a chunked body arrives.
    init(
        script: [Event], responseStatus: Int = 202, cutStreamsAfter: Int? = nil, onChunk: @escaping @Sendable ([UInt8]) -> Void = { _ in }
    ) throws {
        state = Mutex(State(script: script, responseStatus: responseStatus))
        self.onChunk = onChunk
        self.cutStreamsAfter = cutStreamsAfter
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var reuse: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &reuse, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 8) == 0 else {
            close(fd)
            throw POSIXError(.EADDRINUSE)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        listener = fd
        port = Int(UInt16(bigEndian: address.sin_port))
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    var address: String { "127.0.0.1:\(port)" }

    var requests: [Request] { state.withLock { $0.requests } }

    func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    private func acceptLoop() {
        while true {
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { return }
            let thread = Thread { [self] in serve(connection) }
            thread.start()
        }
    }

    private func serve(_ connection: Int32) {
        defer { close(connection) }
        let reader = SocketReader(fd: connection)
        while let request = readRequest(reader) {
            let reply = answer(request)
            let sent = reply.withUnsafeBytes { send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if sent < 0 || request.header("connection") == "close" { return }
        }
    }

    private func answer(_ request: Request) -> [UInt8] {
        state.withLock { state in
            state.requests.append(request)
            guard request.path.hasSuffix("/next") else {
                let body = "{\"status\":\"OK\"}"
                return Array("HTTP/1.1 \(state.responseStatus) Status\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)".utf8)
            }
            guard !state.script.isEmpty else {
                return Array("HTTP/1.1 500 Container Error\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".utf8)
            }
            let event = state.script.removeFirst()
            var head = "HTTP/1.1 200 OK\r\nLambda-Runtime-Aws-Request-Id: \(event.requestID)\r\n"
            for (name, value) in event.headers.sorted(by: { $0.key < $1.key }) { head += "\(name): \(value)\r\n" }
            head += "Content-Type: application/json\r\nContent-Length: \(event.body.utf8.count)\r\n\r\n"
            return Array((head + event.body).utf8)
        }
    }

    private func readRequest(_ reader: SocketReader) -> Request? {
        guard let requestLine = reader.line(), !requestLine.isEmpty else { return nil }
        let parts = requestLine.split(separator: " ")
        guard parts.count >= 2 else { return nil }
        var headers: [String: String] = [:]
        while let line = reader.line(), !line.isEmpty {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var request = Request(method: String(parts[0]), path: String(parts[1]), headers: headers, body: [], chunks: [], trailers: [:])
        if headers["transfer-encoding"]?.lowercased() == "chunked" {
            while let sizeLine = reader.line(), let size = Int(sizeLine.split(separator: ";")[0], radix: 16) {
                if size == 0 {
                    while let line = reader.line(), !line.isEmpty {
                        guard let colon = line.firstIndex(of: ":") else { continue }
                        request.trailers[line[..<colon].lowercased()] =
                            line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                    }
                    break
                }
                guard let chunk = reader.bytes(size) else { return nil }
                _ = reader.line()
                request.chunks.append(chunk)
                request.body += chunk
                onChunk(chunk)
                if let cutStreamsAfter, request.chunks.count == cutStreamsAfter {
                    // Recorded as it stood, then the connection closes without an answer.
                    state.withLock { $0.requests.append(request) }
                    return nil
                }
            }
        } else if let length = headers["content-length"].flatMap({ Int($0) }), length > 0 {
            guard let body = reader.bytes(length) else { return nil }
            request.body = body
        }
        return request
    }
}

/// Buffered reads from a blocking socket.
private final class SocketReader {
    private let fd: Int32
    private var buffer: [UInt8] = []

    init(fd: Int32) { self.fd = fd }

    private func fill() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return false }
        buffer += chunk[..<count]
        return true
    }

    func line() -> String? {
        while true {
            if let end = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                var line = Array(buffer[..<end])
                buffer.removeFirst(end + 1)
                if line.last == UInt8(ascii: "\r") { line.removeLast() }
                return String(decoding: line, as: UTF8.self)
            }
            guard fill() else { return nil }
        }
    }

    func bytes(_ count: Int) -> [UInt8]? {
        while buffer.count < count {
            guard fill() else { return nil }
        }
        let result = Array(buffer[..<count])
        buffer.removeFirst(count)
        return result
    }
}
