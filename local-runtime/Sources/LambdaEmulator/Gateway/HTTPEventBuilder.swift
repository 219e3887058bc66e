import Foundation
import Hummingbird
import LambdaWire

/// Turns a client's HTTP request into the API Gateway HTTP API payload (format 2.0) a function receives.
enum HTTPEventBuilder {
    static func event(
        method: String, path: String, query: String, headers: HTTPFields, body: [UInt8], route: HTTPRouteTable.Route,
        pathParameters: [String: String], requestID: String, accountId: String
    ) -> HTTPAPIRequest {
        var joined: [String: String] = [:]
        var cookies: [String] = []
        for field in headers {
            let name = field.name.canonicalName
            if name == "cookie" {
                cookies += field.value.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                continue
            }
            joined[name] = joined[name].map { "\($0),\(field.value)" } ?? field.value
        }
        // A textual body that is not UTF-8 travels as base64 too: decoding it would replace the bad bytes
        // with U+FFFD, and the function could no longer tell the client what was wrong with its request.
        let text = isText(contentType: joined["content-type"]) ? String(validating: body, as: UTF8.self) : nil
        let textual = text != nil
        let bodyText: String? = body.isEmpty ? nil : (text ?? Data(body).base64EncodedString())
        var request = HTTPAPIRequest(
            method: method, rawPath: path, rawQueryString: query, headers: joined, cookies: cookies.isEmpty ? nil : cookies,
            body: bodyText, isBase64Encoded: !body.isEmpty && !textual)
        request.routeKey = route.routeKey
        request.queryStringParameters = queryParameters(query)
        request.pathParameters = pathParameters.isEmpty ? nil : pathParameters
        let now = Date()
        var context = HTTPAPIRequest.Context(
            http: .init(method: method, path: path, protocol: "HTTP/1.1", sourceIp: "127.0.0.1", userAgent: joined["user-agent"]),
            requestId: requestID, timeEpoch: Int64(now.timeIntervalSince1970 * 1000))
        context.accountId = accountId
        context.apiId = "local"
        context.domainName = joined["host"] ?? "127.0.0.1"
        context.domainPrefix = context.domainName?.split(separator: ".").first.map(String.init)
        context.routeKey = route.routeKey
        context.time = requestTime(now)
        request.requestContext = context
        return request
    }

    /// Repeated keys are joined with commas, as API Gateway does; nil when there is no query.
    static func queryParameters(_ query: String) -> [String: String]? {
        guard !query.isEmpty else { return nil }
        var values: [String: String] = [:]
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = decode(parts[0])
            let value = parts.count > 1 ? decode(parts[1]) : ""
            values[key] = values[key].map { "\($0),\(value)" } ?? value
        }
        return values
    }

    private static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }

    /// Bodies of these types travel as text; everything else is base64-encoded.
    static func isText(contentType: String?) -> Bool {
        guard let type = contentType?.lowercased() else { return true }
        return type.hasPrefix("text/") || type.contains("json") || type.contains("xml") || type.contains("javascript")
            || type.hasPrefix("application/x-www-form-urlencoded")
    }

    /// `21/Nov/2026:06:12:17 +0000`, the request time format of API Gateway.
    static func requestTime(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        var buffer = [CChar](repeating: 0, count: 40)
        let count = strftime(&buffer, buffer.count, "%d/%b/%Y:%H:%M:%S +0000", &parts)
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
