import Foundation
import LambdaWire
import Testing

@Suite("Wire types")
struct WireTypesTests {
    @Test("the SQS event of the Lambda documentation decodes")
    func sqsEvent() throws {
        let json = """
            {"Records":[{"messageId":"059f36b4-87a3-44ab-83d2-661975830a7d","receiptHandle":"AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a",
            "body":"Test message.","attributes":{"ApproximateReceiveCount":"3","SentTimestamp":"1545082649183",
            "SenderId":"AIDAIENQZJOLO23YVJ4VO","ApproximateFirstReceiveTimestamp":"1545082649185"},
            "messageAttributes":{"kind":{"stringValue":"draft","stringListValues":[],"binaryListValues":[],"dataType":"String"}},
            "md5OfBody":"e4e68fb7bd0e697a0ae8f1bb342846b3","eventSource":"aws:sqs",
            "eventSourceARN":"arn:aws:sqs:us-east-2:123456789012:my-queue","awsRegion":"us-east-2"}]}
            """
        let event = try JSONDecoder().decode(SQSEvent.self, from: Data(json.utf8))
        let record = try #require(event.records.first)
        #expect(record.messageId == "059f36b4-87a3-44ab-83d2-661975830a7d")
        #expect(record.approximateReceiveCount == 3)
        #expect(record.messageAttributes["kind"]?.stringValue == "draft")
        #expect(record.eventSourceARN.hasSuffix(":my-queue"))
    }

    @Test("an empty batch response still names the list")
    func emptyBatchResponse() throws {
        let json = String(decoding: try JSONEncoder().encode(SQSBatchResponse()), as: UTF8.self)
        #expect(json == #"{"batchItemFailures":[]}"#)
    }

    @Test("an HTTP API v2 request decodes and exposes a base64 body")
    func httpRequest() throws {
        let json = """
            {"version":"2.0","routeKey":"$default","rawPath":"/tasks","rawQueryString":"a=1",
            "headers":{"content-type":"application/json"},"requestContext":{"accountId":"123456789012","apiId":"api",
            "domainName":"x.lambda-url.ap-northeast-2.on.aws","domainPrefix":"x","requestId":"r","routeKey":"$default",
            "stage":"$default","time":"21/Nov/2026:05:00:00 +0000","timeEpoch":1795000000000,
            "http":{"method":"POST","path":"/tasks","protocol":"HTTP/1.1","sourceIp":"203.0.113.9","userAgent":"curl"}},
            "body":"eyJub3RlcyI6IuyViOuFlSJ9","isBase64Encoded":true}
            """
        let request = try JSONDecoder().decode(HTTPAPIRequest.self, from: Data(json.utf8))
        #expect(request.requestContext.http.method == "POST")
        #expect(request.header("Content-Type") == "application/json")
        #expect(request.bodyBytes().map { String(decoding: $0, as: UTF8.self) } == #"{"notes":"안녕"}"#)
    }

    @Test("an HTTP API response leaves out what is unset")
    func httpResponse() throws {
        let response = HTTPAPIResponse(statusCode: 202, headers: ["content-type": "application/json"], body: #"{"taskId":"t"}"#)
        let decoded = try JSONDecoder().decode(HTTPAPIResponse.self, from: JSONEncoder().encode(response))
        #expect(decoded == response)
        let bare = String(decoding: try JSONEncoder().encode(HTTPAPIResponse(statusCode: 204)), as: UTF8.self)
        #expect(!bare.contains("cookies") && !bare.contains("body"))
    }

    @Test("the streaming prelude is JSON, eight NUL bytes, then the body, and parses back")
    func prelude() throws {
        let prelude = HTTPStreamingPrelude(statusCode: 201, headers: ["x-a": "1"], cookies: ["s=1"])
        let bytes = try prelude.encoded()
        #expect(Array(bytes.suffix(8)) == [UInt8](repeating: 0, count: 8))
        #expect(try HTTPStreamingPrelude.parse(Array(bytes.prefix(bytes.count - 3))) == nil)
        let (parsed, offset) = try #require(try HTTPStreamingPrelude.parse(bytes + Array("body".utf8)))
        #expect(parsed == prelude)
        #expect(offset == bytes.count)
        let minimal = try #require(try HTTPStreamingPrelude.parse(Array(#"{"statusCode":404}"#.utf8) + HTTPStreamingPrelude.separator))
        #expect(minimal.prelude == HTTPStreamingPrelude(statusCode: 404))
    }

    @Test("error types become Category.Reason header values")
    func headerErrorType() {
        #expect(RuntimeErrorPayload.headerErrorType(category: "Function", reason: "Boom") == "Function.Boom")
        #expect(RuntimeErrorPayload.headerErrorType(category: "Function", reason: "decodingError") == "Function.DecodingError")
        #expect(RuntimeErrorPayload.headerErrorType(category: "Function", reason: "Pipeline.Error<X>") == "Function.PipelineErrorX")
        #expect(RuntimeErrorPayload.headerErrorType(category: "Runtime", reason: "__") == "Runtime.Unknown")
    }
}
