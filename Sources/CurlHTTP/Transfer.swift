import CCurl

/// Per-transfer state reached from libcurl's C callbacks through their userdata pointer.
/// Lives only on the connection's queue for the duration of one `curl_easy_perform`.
final class Transfer {
    private let upload: HTTPRequest.Body
    private let download: ChunkPipe?
    /// The status of the latest status line, so that only a 2xx body goes to `download`.
    private var status = 0
    private var uploadOffset = 0
    /// The transfer's connection, for a streamed body to watch while it waits for the next chunk
    /// (libcurl 7.88 reports no active socket while the first transfer of a handle runs).
    private var socket: Int32 = -1
    private(set) var headers: [(name: String, value: String)] = []
    private(set) var body: [UInt8] = []

    init(request: HTTPRequest) {
        upload = request.body
        download = request.responseBody
    }

    private static func from(_ userdata: UnsafeMutableRawPointer?) -> Transfer {
        Unmanaged<Transfer>.fromOpaque(userdata!).takeUnretainedValue()
    }

    static let writeCallback: rl_curl_data_callback = { buffer, size, count, userdata in
        let length = size * count
        let transfer = from(userdata)
        let bytes = UnsafeRawBufferPointer(start: buffer, count: length)
        if let download = transfer.download, (200..<300).contains(transfer.status) {
            // Anything but the length taken makes libcurl stop the transfer: the reader wants no more.
            return download.write(Array(bytes)) ? length : 0
        }
        transfer.body.append(contentsOf: bytes)
        return length
    }

    /// Called by libcurl at least once a second while a transfer runs: a response whose reader abandoned
    /// it stops here even when the server sends nothing more.
    static let progressCallback: rl_curl_xferinfo_callback = { userdata, _, _, _, _ in
        from(userdata).download?.isAbandoned == true ? 1 : 0
    }

    static let headerCallback: rl_curl_data_callback = { buffer, size, count, userdata in
        let length = size * count
        let line = UnsafeRawBufferPointer(start: buffer, count: length)
        let transfer = from(userdata)
        // Scanned as bytes: a header line is ASCII up to its colon, and its value is kept as sent.
        if line.starts(with: "HTTP/".utf8) {
            // A new status line (after a redirect or an interim response) starts a fresh header block.
            transfer.headers.removeAll(keepingCapacity: true)
            // "HTTP/1.1 200 OK": the digits after the first space.
            let digits = line.drop(while: { $0 != UInt8(ascii: " ") }).dropFirst().prefix(while: { (0x30...0x39).contains($0) })
            transfer.status = digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        } else if let colon = line.firstIndex(of: UInt8(ascii: ":")) {
            var start = colon + 1
            var end = length
            while start < end, isBlank(line[start]) { start += 1 }
            while end > start, isBlank(line[end - 1]) { end -= 1 }
            transfer.headers.append((
                String(decoding: UnsafeRawBufferPointer(rebasing: line[..<colon]), as: UTF8.self),
                String(decoding: UnsafeRawBufferPointer(rebasing: line[start..<end]), as: UTF8.self)))
        }
        return length
    }

    /// Space, tab, and the line end that closes every header line.
    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n")
    }

    static let readCallback: rl_curl_data_callback = { buffer, size, count, userdata in
        let destination = UnsafeMutableRawBufferPointer(start: buffer, count: size * count)
        let transfer = from(userdata)
        switch transfer.upload {
        case .none:
            return 0
        case .bytes(let bytes):
            let length = min(destination.count, bytes.count - transfer.uploadOffset)
            bytes.withUnsafeBytes { source in
                destination.baseAddress!.copyMemory(
                    from: source.baseAddress! + transfer.uploadOffset, byteCount: length)
            }
            transfer.uploadOffset += length
            return length
        case .stream(let pipe):
            // An abandoned stream stops the transfer: the server wants no more of this body.
            return pipe.read(into: destination, connection: transfer.socket) ?? Int(CURL_READFUNC_ABORT)
        }
    }

    static let socketCallback: rl_curl_sockopt_callback = { userdata, socket, _ in
        from(userdata).socket = socket
        return Int32(CURL_SOCKOPT_OK)
    }

    static let trailerCallback: rl_curl_trailer_callback = { list, userdata in
        if case .stream(let pipe) = from(userdata).upload {
            for trailer in pipe.trailers {
                list!.pointee = curl_slist_append(list!.pointee, "\(trailer.name): \(trailer.value)")
            }
        }
        return Int32(CURL_TRAILERFUNC_OK)
    }
}
