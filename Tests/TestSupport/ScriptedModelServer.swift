import CurlHTTP
import Foundation

/// The scripted OpenAI-compatible server (`Tests/blackbox/e2e/scripted_model.py`, shared with the
/// end-to-end suite) in its own process on a free port (`start()`). Replies are queued with `script`; with none
/// queued it answers as a cooperative model. `stop()` kills it, as an outage would; it dies with the
/// test process, however that ends.
public final class ScriptedModelServer: @unchecked Sendable {
    /// One scripted answer; see the script's documentation for the fields.
    public struct Reply: Encodable, Sendable {
        public var status: Int
        public var content: String?
        public var body: String?
        public var headers: [String: String]?
        public var delay: Double?
        public var usage: [String: Int]?
        public var drop: Bool?
        /// A streamed answer's characters per piece, seconds between pieces, text written again and again
        /// (never finishing), seconds of silence after the content, or none of it: one JSON body.
        public var piece: Int?
        public var interval: Double?
        public var forever: String?
        public var stall: Double?
        public var ignoreStream: Bool?

        public init(
            status: Int = 200, content: String? = nil, body: String? = nil, headers: [String: String]? = nil,
            delay: Double? = nil, usage: [String: Int]? = nil, drop: Bool? = nil, piece: Int? = nil, interval: Double? = nil,
            forever: String? = nil, stall: Double? = nil, ignoreStream: Bool? = nil
        ) {
            self.status = status
            self.content = content
            self.body = body
            self.headers = headers
            self.delay = delay
            self.usage = usage
            self.drop = drop
            self.piece = piece
            self.interval = interval
            self.forever = forever
            self.stall = stall
            self.ignoreStream = ignoreStream
        }

        /// A chat completion whose message is `content`, with the given token counts.
        public static func answer(_ content: String, promptTokens: Int = 100, completionTokens: Int = 50) -> Reply {
            Reply(content: content, usage: ["prompt_tokens": promptTokens, "completion_tokens": completionTokens])
        }

        public static func error(_ status: Int, headers: [String: String]? = nil) -> Reply {
            Reply(status: status, body: #"{"error":{"message":"scripted \#(status)","type":"scripted"}}"#, headers: headers)
        }
    }

    /// A chat request as the server received it.
    public struct Received: Decodable, Sendable {
        public struct Body: Decodable, Sendable {
            public struct Message: Decodable, Sendable {
                public let role: String
                public let content: String
            }

            public struct Format: Decodable, Sendable {
                public let type: String
            }

            public struct StreamOptions: Decodable, Sendable {
                public let includeUsage: Bool?

                enum CodingKeys: String, CodingKey {
                    case includeUsage = "include_usage"
                }
            }

            public let model: String
            public let messages: [Message]
            public let responseFormat: Format?
            public let maxTokens: Int?
            public let stop: [String]?
            public let stream: Bool?
            public let streamOptions: StreamOptions?

            enum CodingKeys: String, CodingKey {
                case model, messages, stop, stream
                case streamOptions = "stream_options"
                case responseFormat = "response_format"
                case maxTokens = "max_tokens"
            }
        }

        public let path: String
        public let headers: [String: String]
        public let body: Body
        /// The body's bytes as they arrived, before any JSON unescaping.
        public let raw: String
        /// Message pieces streamed so far, and how the answer ended: "done", "disconnected" (the client
        /// stopped reading), or nil while it runs or when it was not streamed.
        public let pieces: Int
        public let ended: String?

        public func header(_ name: String) -> String? {
            headers.first { $0.key.lowercased() == name.lowercased() }?.value
        }
    }

    public let port: Int
    private let process: Process
    private let connection: CurlConnection

    public static let scriptPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("blackbox/e2e/scripted_model.py").path

    /// Starts the server; its start-up (a Python process) is waited for off the cooperative pool,
    /// which suites running in parallel share.
    public static func start() async throws -> ScriptedModelServer {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try ScriptedModelServer() })
            }
        }
    }

    private init() throws {
        let process = Process()
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.runTiedToTestProcess(["python3", Self.scriptPath, "--port", "0"])
        self.process = process
        let line = String(decoding: output.fileHandleForReading.availableLine(), as: UTF8.self)
        guard line.hasPrefix("listening "), let port = Int(line.dropFirst("listening ".count).trimmingCharacters(in: .whitespacesAndNewlines)) else {
            process.terminate()
            throw POSIXError(.EADDRNOTAVAIL)
        }
        self.port = port
        connection = try CurlConnection(label: "scripted-model-control")
    }

    deinit {
        stop()
    }

    /// The API root a client is configured with.
    public var baseURL: String { "http://127.0.0.1:\(port)/v1" }

    /// Queues replies; `fallback` (when given) answers once the queue is empty.
    /// `ignoreStream` makes it a server that answers every request with one JSON body, `stream` or not.
    public func script(
        _ replies: [Reply], fallback: Reply? = nil, rejectResponseFormat: Bool? = nil, ignoreStream: Bool? = nil
    ) async throws {
        struct Script: Encodable {
            let replies: [Reply]
            let `default`: Reply?
            let rejectResponseFormat: Bool?
            let ignoreStream: Bool?
        }
        _ = try await post("/_script", JSONEncoder().encode(Script(
            replies: replies, default: fallback, rejectResponseFormat: rejectResponseFormat, ignoreStream: ignoreStream)))
    }

    public func requests() async throws -> [Received] {
        let response = try await connection.perform(HTTPRequest(method: "GET", url: "http://127.0.0.1:\(port)/_requests", timeout: safetyTimeout))
        return try JSONDecoder().decode([Received].self, from: Data(response.body))
    }

    public func stop() {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    private func post(_ path: String, _ body: Data) async throws -> HTTPResponse {
        try await connection.perform(HTTPRequest(
            method: "POST", url: "http://127.0.0.1:\(port)\(path)", headers: [("Content-Type", "application/json")],
            body: .bytes(Array(body)), timeout: safetyTimeout))
    }
}

extension FileHandle {
    /// Bytes up to the first newline (the server's start-up line).
    fileprivate func availableLine() -> [UInt8] {
        var bytes: [UInt8] = []
        while let byte = try? read(upToCount: 1)?.first, byte != UInt8(ascii: "\n") {
            bytes.append(byte)
        }
        return bytes
    }
}
