import CurlHTTP
import Foundation

/// The scripted OpenAI-compatible server (`Tests/blackbox/e2e/scripted_model.py`, shared with the
/// end-to-end suite) in its own process on a free port (`start()`). Replies are queued with `script`; with none
/// queued it answers as a cooperative model. `stop()` kills it, as an outage would; it dies with the
/// test process, however that ends.
package final class ScriptedModelServer: @unchecked Sendable {
    /// One scripted answer; see the script's documentation for the fields.
    package struct Reply: Encodable, Sendable {
        package var status: Int
        package var content: String?
        package var body: String?
        package var headers: [String: String]?
        package var delay: Double?
        package var usage: [String: Int]?
        package var drop: Bool?
        /// A streamed answer's characters per piece, seconds between pieces, text written again and again
        /// (never finishing), seconds of silence after the content, or none of it: one JSON body.
        package var piece: Int?
        package var interval: Double?
        package var forever: String?
        package var stall: Double?
        package var ignoreStream: Bool?

        package init(
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
        package static func answer(_ content: String, promptTokens: Int = 100, completionTokens: Int = 50) -> Reply {
            Reply(content: content, usage: ["prompt_tokens": promptTokens, "completion_tokens": completionTokens])
        }

        package static func error(_ status: Int, headers: [String: String]? = nil) -> Reply {
            Reply(status: status, body: #"{"error":{"message":"scripted \#(status)","type":"scripted"}}"#, headers: headers)
        }
    }

    /// A chat request as the server received it.
    package struct Received: Decodable, Sendable {
        package struct Body: Decodable, Sendable {
            package struct Message: Decodable, Sendable {
                package let role: String
                package let content: String
            }

            package struct Format: Decodable, Sendable {
                package let type: String
            }

            package struct StreamOptions: Decodable, Sendable {
                package let includeUsage: Bool?

                enum CodingKeys: String, CodingKey {
                    case includeUsage = "include_usage"
                }
            }

            package let model: String
            package let messages: [Message]
            package let responseFormat: Format?
            package let maxTokens: Int?
            package let stop: [String]?
            package let stream: Bool?
            package let streamOptions: StreamOptions?

            enum CodingKeys: String, CodingKey {
                case model, messages, stop, stream
                case streamOptions = "stream_options"
                case responseFormat = "response_format"
                case maxTokens = "max_tokens"
            }
        }

        package let path: String
        package let headers: [String: String]
        package let body: Body
        /// The body's bytes as they arrived, before any JSON unescaping.
        package let raw: String
        /// Message pieces streamed so far, and how the answer ended: "done", "disconnected" (the client
        /// stopped reading), or nil while it runs or when it was not streamed.
        package let pieces: Int
        package let ended: String?

        package func header(_ name: String) -> String? {
            headers.first { $0.key.lowercased() == name.lowercased() }?.value
        }
    }

    package let port: Int
    private let process: Process
    private let connection: CurlConnection

    package static let scriptPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("blackbox/e2e/scripted_model.py").path

    /// Starts the server; its start-up (a Python process) is waited for off the cooperative pool,
    /// which suites running in parallel share.
    package static func start() async throws -> ScriptedModelServer {
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
    package var baseURL: String { "http://127.0.0.1:\(port)/v1" }

    /// Queues replies; `fallback` (when given) answers once the queue is empty.
    /// `ignoreStream` makes it a server that answers every request with one JSON body, `stream` or not.
    package func script(
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

    package func requests() async throws -> [Received] {
        let response = try await connection.perform(HTTPRequest(method: "GET", url: "http://127.0.0.1:\(port)/_requests", timeout: safetyTimeout))
        return try JSONDecoder().decode([Received].self, from: Data(response.body))
    }

    package func stop() {
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
