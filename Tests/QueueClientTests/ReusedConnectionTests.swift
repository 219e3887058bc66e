import CurlHTTP
import Foundation
import Testing

/// A kept-alive connection the server closes just as the next request arrives (local-runtime's listeners
/// close connections idle for --idle-timeout, SQS closes idle ones too): libcurl then sends the request
/// again on a fresh connection, which needs the body from its start.
@Suite struct ReusedConnectionTests {
    @Test func aBodyIsSentAgainWhenTheReusedConnectionWasClosed() async throws {
        let stub = try StubHTTPServer(replies: [.json("{}"), .hangUpUnanswered, .json(#"{"second":true}"#)])
        defer { stub.stop() }
        let connection = try CurlConnection(label: "reused-connection-test")
        let first = try await connection.perform(HTTPRequest(
            method: "POST", url: stub.endpoint, headers: [(name: "Content-Type", value: "application/json")],
            body: .bytes(Array(#"{"n":1}"#.utf8)), timeout: .seconds(10)))
        #expect(first.status == 200)
        let second = try await connection.perform(HTTPRequest(
            method: "POST", url: stub.endpoint, headers: [(name: "Content-Type", value: "application/json")],
            body: .bytes(Array(#"{"n":2}"#.utf8)), timeout: .seconds(10)))
        #expect(second.status == 200)
        #expect(String(decoding: second.body, as: UTF8.self) == #"{"second":true}"#)
        #expect(stub.received.map(\.body) == [#"{"n":1}"#, #"{"n":2}"#, #"{"n":2}"#])
    }

    @Test func anEmptyBodyIsSentAsAnEmptyPost() async throws {
        let stub = try StubHTTPServer(replies: [.json("{}")])
        defer { stub.stop() }
        let response = try await CurlConnection(label: "empty-body-test").perform(HTTPRequest(
            method: "POST", url: stub.endpoint, body: .bytes([]), timeout: .seconds(10)))
        #expect(response.status == 200)
        #expect(stub.received.map(\.body) == [""])
        #expect(stub.received.first?.headers["content-length"] == "0")
    }
}
