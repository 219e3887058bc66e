import Foundation
import Logging
import Testing

@testable import LambdaRuntime

@Suite("JSON log lines")
struct LogHandlerTests {
    @Test("each line is one JSON object with Lambda's field names and escaped text")
    func escaping() throws {
        let logs = LogCapture()
        var logger = logs.logger
        logger[metadataKey: "requestId"] = "req-9"
        logger.warning("quote \" backslash \\ newline \n 한글", metadata: ["stage": "refine", "counts": ["a": "1"]])
        logger.critical("stopped")

        let entries = logs.entries
        #expect(entries.count == 2)
        let first = try #require(entries.first)
        #expect(first["level"] as? String == "WARN")
        #expect(first["message"] as? String == "quote \" backslash \\ newline \n 한글")
        #expect(first["requestId"] as? String == "req-9")
        #expect(first["stage"] as? String == "refine")
        #expect((first["counts"] as? [String: String]) == ["a": "1"])
        #expect(entries.last?["level"] as? String == "FATAL")
    }

    @Test("a JSON handler gets the codable runtime through the convenience initialiser")
    func codableRuntimeType() {
        let runtime = LambdaRuntime(environment: LambdaEnvironment(runtimeAPI: "127.0.0.1:9")) { Echo() }
        #expect(type(of: runtime) == LambdaRuntime<LambdaCodableAdapter<Echo>>.self)
    }
}
