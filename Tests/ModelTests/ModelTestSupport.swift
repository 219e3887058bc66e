import CurlHTTP
import Foundation
import Logging
import ModelAgents
@testable import ModelClient
import RecordAgents
import RecordRules
import Synchronization
import TestSupport

/// How long an attempt waits for the scripted server, which answers at once, as long as in production:
/// on a loaded machine a single answer has taken over 2 s, and a timed-out attempt changes what a test sees.
let answerTime: Duration = .seconds(30)

/// Settings that keep the suites fast: short backoff, a small breaker, a short cool-down.
func testConfiguration(
    _ server: ScriptedModelServer, fallback: String? = "fallback", attempts: Int = 3, attemptTimeout: Duration = answerTime,
    breakerThreshold: Int = 20, coolDown: Duration = .milliseconds(300)
) -> ModelConfiguration {
    ModelConfiguration(
        baseURL: server.baseURL, apiKey: "sk-test", model: "primary", fallbackModel: fallback, attemptTimeout: attemptTimeout,
        retry: RetryPolicy(maxAttempts: attempts, baseDelay: .milliseconds(10), maxDelay: .milliseconds(50)),
        breakerThreshold: breakerThreshold, breakerCoolDown: coolDown)
}

/// A model agent on the scripted server, its logs kept in memory.
func testAgent(_ configuration: ModelConfiguration) -> ModelAgent {
    ModelAgent(client: ChatClient(configuration: configuration, logger: LogRecorder().logger()), logger: LogRecorder().logger())
}

/// A model agent on a chat model in memory, its logs kept in memory.
func testAgent(_ chat: InMemoryChat) -> ModelAgent {
    ModelAgent(client: chat, logger: LogRecorder().logger())
}

/// Log records kept in memory, to check what each level carries.
final class LogRecorder: Sendable {
    struct Record: Sendable {
        let level: Logger.Level
        let message: String
        let metadata: [String: String]
    }

    private let storage = Mutex<[Record]>([])

    var records: [Record] { storage.withLock { $0 } }

    func logger(level: Logger.Level = .debug) -> Logger {
        var logger = Logger(label: "test") { _ in Handler(recorder: self) }
        logger.logLevel = level
        return logger
    }

    fileprivate func append(_ record: Record) {
        storage.withLock { $0.append(record) }
    }

    struct Handler: LogHandler {
        let recorder: LogRecorder
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let merged = metadata.merging(event.metadata ?? [:]) { $1 }
            recorder.append(Record(level: event.level, message: "\(event.message)", metadata: merged.mapValues { "\($0)" }))
        }
    }
}

enum Notes {
    static let clean = """
    산화환원 단원 수행평가에서 전지 실험을 설계함. 조원 4명 중 측정을 담당함.

    결과 발표 때 오차 원인을 그래프로 설명했다.
    """

    static func request(_ notes: String = clean, targetBytes: Int? = nil) throws -> DraftRequest {
        try DraftRequest(notes: notes, section: .subject, subject: "과학", targetBytes: targetBytes)
    }
}

/// The JSON a well-behaved model returns for the draft stage.
func draftsJSON(_ texts: [String]) -> String {
    let entries = texts.enumerated().map { ["version": $0.offset + 1, "text": $0.element] as [String: Any] }
    let data = try! JSONSerialization.data(withJSONObject: ["versions": entries])
    return String(decoding: data, as: UTF8.self)
}

func textJSON(_ text: String) -> String {
    String(decoding: try! JSONSerialization.data(withJSONObject: ["text": text]), as: UTF8.self)
}

let farDeadline = ContinuousClock.now + .seconds(3600)
