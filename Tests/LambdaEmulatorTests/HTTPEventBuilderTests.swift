import Hummingbird
@testable import LambdaEmulator
import LambdaWire
import Testing

@Suite struct HTTPEventBuilderTests {
    let route = HTTPRouteTable.Route(function: "api", method: "POST", path: "/tasks/{id}")

    @Test func buildsThePayloadFormat2Event() {
        let headers: HTTPFields = [.contentType: "application/json", .cookie: "a=1; b=2", .userAgent: "test", .accept: "x"]
        let event = HTTPEventBuilder.event(
            method: "POST", path: "/tasks/7", query: "q=%ED%95%9C&q=2&flag", headers: headers, body: Array(#"{"n":1}"#.utf8),
            route: route, pathParameters: ["id": "7"], requestID: "req", accountId: "000000000000")
        #expect(event.version == "2.0")
        #expect(event.routeKey == "POST /tasks/{id}")
        #expect(event.rawQueryString == "q=%ED%95%9C&q=2&flag")
        #expect(event.queryStringParameters == ["q": "한,2", "flag": ""])
        #expect(event.pathParameters == ["id": "7"])
        #expect(event.cookies == ["a=1", "b=2"])
        #expect(event.headers["cookie"] == nil)
        #expect(event.headers["content-type"] == "application/json")
        #expect(event.body == #"{"n":1}"#)
        #expect(!event.isBase64Encoded)
        #expect(event.requestContext.http.method == "POST")
        #expect(event.requestContext.http.userAgent == "test")
        #expect(event.requestContext.requestId == "req")
        #expect(event.requestContext.routeKey == "POST /tasks/{id}")
    }

    @Test func binaryBodiesAreBase64AndEmptyBodiesAbsent() {
        let binary = HTTPEventBuilder.event(
            method: "POST", path: "/tasks/7", query: "", headers: [.contentType: "image/png"], body: [0, 1, 2],
            route: route, pathParameters: [:], requestID: "r", accountId: "0")
        #expect(binary.isBase64Encoded)
        #expect(binary.body == "AAEC")
        #expect(binary.pathParameters == nil)
        #expect(binary.queryStringParameters == nil)
        let empty = HTTPEventBuilder.event(
            method: "GET", path: "/", query: "", headers: [:], body: [], route: route, pathParameters: [:], requestID: "r", accountId: "0")
        #expect(empty.body == nil)
        #expect(!empty.isBase64Encoded)
    }

    @Test func aTextualBodyThatIsNotUTF8ArrivesByteForByte() {
        let bytes: [UInt8] = Array(#"{"a":""#.utf8) + [0xFF, 0xFE] + Array(#""}"#.utf8)
        let event = HTTPEventBuilder.event(
            method: "POST", path: "/tasks/7", query: "", headers: [.contentType: "application/json"], body: bytes,
            route: route, pathParameters: [:], requestID: "r", accountId: "0")
        #expect(event.isBase64Encoded)
        #expect(event.bodyBytes() == bytes)
    }

    @Test func requestTimeUsesTheGatewayFormat() {
        #expect(HTTPEventBuilder.requestTime(.init(timeIntervalSince1970: 0)) == "01/Jan/1970:00:00:00 +0000")
    }

    @Test func bufferedResponsesFollowTheFormat2Rules() async throws {
        let full = FunctionHTTPFront.buffered(Array(#"{"statusCode":201,"headers":{"x-a":"1"},"cookies":["c=1"],"body":"hi"}"#.utf8))
        #expect(full.status.code == 201)
        #expect(full.headers[.init("x-a")!] == "1")
        #expect(full.headers[.setCookie] == "c=1")
        let bare = FunctionHTTPFront.buffered(Array(#"{"hello":"world"}"#.utf8))
        #expect(bare.status.code == 200)
        #expect(bare.headers[.contentType] == "application/json")
    }
}
