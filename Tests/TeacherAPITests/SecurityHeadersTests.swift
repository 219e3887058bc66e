import Crypto
import Foundation
import LambdaWire
import TeacherAPI
import Testing

@Suite("Security headers")
struct SecurityHeadersTests {
    /// What a browser must get on every answer: no sniffing, no framing, no referrer.
    static func expectStrict(_ headers: [String: String], _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(headers["x-content-type-options"] == "nosniff", "\(what): \(headers)", sourceLocation: sourceLocation)
        #expect(headers["x-frame-options"] == "DENY", "\(what): \(headers)", sourceLocation: sourceLocation)
        #expect(headers["referrer-policy"] == "no-referrer", "\(what): \(headers)", sourceLocation: sourceLocation)
        let policy = headers["content-security-policy"] ?? ""
        #expect(policy.contains("frame-ancestors 'none'"), "\(what): \(policy)", sourceLocation: sourceLocation)
        #expect(!policy.contains("unsafe-inline") && !policy.contains("unsafe-eval"), "\(what): \(policy)", sourceLocation: sourceLocation)
    }

    /// On Redis, end to end: a task created, streamed and deleted, then the store gone (a 503).
    @Test func successesErrorsAndTheStreamCarryThem() async throws {
        let harness = try await APIHarness(store: .redis)
        let token = try await APIHarness.token("a")
        let created = await harness.call("POST", "/v1/tasks", body: APIHarness.valid, token: token)
        #expect(created.status == 202)
        Self.expectStrict(created.headers, "202")
        let id = try #require(created.json["taskId"] as? String)
        let answers = [
            ("200", await harness.call("GET", "/v1/sections", token: token)),
            ("200 task", await harness.call("GET", "/v1/tasks/\(id)", token: token)),
            ("200 openapi", await harness.call("GET", "/openapi.json", token: nil)),
            ("400", await harness.call("POST", "/v1/check", body: "{", token: token)),
            ("401", await harness.call("GET", "/v1/sections", token: nil)),
            ("404", await harness.call("GET", "/v1/nothing", token: token)),
            ("405", await harness.call("PUT", "/v1/sections", token: token)),
        ]
        for (label, answer) in answers {
            #expect(answer.status == Int(label.prefix(3)), "\(label): \(answer.status)")
            Self.expectStrict(answer.headers, label)
        }
        // What the api function sends ahead of the stream's frames.
        let stream = try await harness.openStream(id, token: token)
        await stream.close()
        Self.expectStrict(EventStream.headers, "event stream")
        #expect(EventStream.headers["content-type"] == "text/event-stream; charset=utf-8")

        let deleted = await harness.call("DELETE", "/v1/tasks/\(id)", token: token)
        #expect(deleted.status == 204)
        Self.expectStrict(deleted.headers, "204")
        try #require(harness.stored.redis).kill()
        let unavailable = await harness.call("GET", "/v1/sections", token: token)
        #expect(unavailable.status == 503)
        Self.expectStrict(unavailable.headers, "503")
    }

    @Test func rateLimitedAnswersCarryThem() async throws {
        let harness = try await APIHarness(limits: APILimits(requestsPerMinute: 1, tasksInFlight: 10))
        let token = try await APIHarness.token("a")
        #expect(await harness.call("GET", "/v1/sections", token: token).status == 200)
        let limited = await harness.call("GET", "/v1/sections", token: token)
        #expect(limited.status == 429)
        Self.expectStrict(limited.headers, "429")
    }

    @Test func thePageRunsOnlyItsOwnScriptAndStyleByTheirHashes() async throws {
        let harness = try await APIHarness()
        guard case .response(let response) = await harness.api.handle(HTTPAPIRequest(method: "GET", rawPath: "/")) else {
            Issue.record("the page is not a plain response")
            return
        }
        let headers = try #require(response.headers)
        Self.expectStrict(headers, "page")
        let html = try #require(response.body)
        let policy = try #require(headers["content-security-policy"])
        let directives = Dictionary(uniqueKeysWithValues: policy.split(separator: ";").map { directive in
            let words = directive.split(separator: " ").map(String.init)
            return (words[0], Array(words.dropFirst()))
        })
        // The hashes are of the exact text between the tags, as the browser computes them.
        #expect(directives["script-src"] == [Self.hashSource(try Self.only("script", in: html))])
        #expect(directives["style-src"] == [Self.hashSource(try Self.only("style", in: html))])
        #expect(directives["default-src"] == ["'none'"] && directives["connect-src"] == ["'self'"])
        // The hashes allow the elements only: attributes that run or style would be refused.
        #expect(html.range(of: #"\son[a-z]+\s*="#, options: .regularExpression) == nil)
        #expect(html.range(of: #"\sstyle\s*="#, options: .regularExpression) == nil)
    }

    /// The text of the page's one `<name>` element.
    static func only(_ name: String, in html: String) throws -> String {
        let parts = html.components(separatedBy: "<\(name)>")
        try #require(parts.count == 2, "one <\(name)> element")
        return try #require(parts[1].components(separatedBy: "</\(name)>").first)
    }

    static func hashSource(_ text: String) -> String {
        "'sha256-\(Data(SHA256.hash(data: Data(text.utf8))).base64EncodedString())'"
    }
}
