#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// An API Gateway HTTP API (payload format 2.0) or Function URL request event.
package struct HTTPAPIRequest: Codable, Sendable, Equatable {
    package var version: String
    package var routeKey: String
    package var rawPath: String
    package var rawQueryString: String
    package var cookies: [String]?
    /// Header names arrive lower-cased; repeated headers are joined with commas.
    package var headers: [String: String]
    package var queryStringParameters: [String: String]?
    package var pathParameters: [String: String]?
    package var requestContext: Context
    package var body: String?
    package var isBase64Encoded: Bool

    package init(
        method: String,
        rawPath: String,
        rawQueryString: String = "",
        headers: [String: String] = [:],
        cookies: [String]? = nil,
        body: String? = nil,
        isBase64Encoded: Bool = false,
        requestContext: Context? = nil
    ) {
        self.version = "2.0"
        self.routeKey = "$default"
        self.rawPath = rawPath
        self.rawQueryString = rawQueryString
        self.cookies = cookies
        self.headers = headers
        self.queryStringParameters = nil
        self.pathParameters = nil
        self.requestContext =
            requestContext
            ?? Context(http: .init(method: method, path: rawPath, protocol: "HTTP/1.1", sourceIp: "127.0.0.1"))
        self.body = body
        self.isBase64Encoded = isBase64Encoded
    }

    package struct Context: Codable, Sendable, Equatable {
        package var accountId: String?
        package var apiId: String?
        package var domainName: String?
        package var domainPrefix: String?
        package var requestId: String?
        package var routeKey: String?
        package var stage: String?
        package var time: String?
        package var timeEpoch: Int64?
        package var http: HTTP

        package init(http: HTTP, requestId: String? = nil, timeEpoch: Int64? = nil) {
            self.http = http
            self.requestId = requestId
            self.timeEpoch = timeEpoch
            self.routeKey = "$default"
            self.stage = "$default"
        }
    }

    package struct HTTP: Codable, Sendable, Equatable {
        package var method: String
        package var path: String
        package var `protocol`: String?
        package var sourceIp: String?
        package var userAgent: String?

        package init(method: String, path: String, protocol: String? = nil, sourceIp: String? = nil, userAgent: String? = nil) {
            self.method = method
            self.path = path
            self.protocol = `protocol`
            self.sourceIp = sourceIp
            self.userAgent = userAgent
        }
    }

    /// The body as bytes, base64-decoded when the gateway marked it so; nil when absent or undecodable.
    package func bodyBytes() -> [UInt8]? {
        guard let body else { return nil }
        guard isBase64Encoded else { return Array(body.utf8) }
        return Data(base64Encoded: body).map { Array($0) }
    }

    /// Case-insensitive header lookup.
    package func header(_ name: String) -> String? {
        headers[name.lowercased()] ?? headers.first { $0.key.lowercased() == name.lowercased() }?.value
    }
}
