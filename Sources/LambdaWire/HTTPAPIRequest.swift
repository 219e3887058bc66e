#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// An API Gateway HTTP API (payload format 2.0) or Function URL request event.
public struct HTTPAPIRequest: Codable, Sendable, Equatable {
    public var version: String
    public var routeKey: String
    public var rawPath: String
    public var rawQueryString: String
    public var cookies: [String]?
    /// Header names arrive lower-cased; repeated headers are joined with commas.
    public var headers: [String: String]
    public var queryStringParameters: [String: String]?
    public var pathParameters: [String: String]?
    public var requestContext: Context
    public var body: String?
    public var isBase64Encoded: Bool

    public init(
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

    public struct Context: Codable, Sendable, Equatable {
        public var accountId: String?
        public var apiId: String?
        public var domainName: String?
        public var domainPrefix: String?
        public var requestId: String?
        public var routeKey: String?
        public var stage: String?
        public var time: String?
        public var timeEpoch: Int64?
        public var http: HTTP

        public init(http: HTTP, requestId: String? = nil, timeEpoch: Int64? = nil) {
            self.http = http
            self.requestId = requestId
            self.timeEpoch = timeEpoch
            self.routeKey = "$default"
            self.stage = "$default"
        }
    }

    public struct HTTP: Codable, Sendable, Equatable {
        public var method: String
        public var path: String
        public var `protocol`: String?
        public var sourceIp: String?
        public var userAgent: String?

        public init(method: String, path: String, protocol: String? = nil, sourceIp: String? = nil, userAgent: String? = nil) {
            self.method = method
            self.path = path
            self.protocol = `protocol`
            self.sourceIp = sourceIp
            self.userAgent = userAgent
        }
    }

    /// The body as bytes, base64-decoded when the gateway marked it so; nil when absent or undecodable.
    public func bodyBytes() -> [UInt8]? {
        guard let body else { return nil }
        guard isBase64Encoded else { return Array(body.utf8) }
        return Data(base64Encoded: body).map { Array($0) }
    }

    /// Case-insensitive header lookup.
    public func header(_ name: String) -> String? {
        headers[name.lowercased()] ?? headers.first { $0.key.lowercased() == name.lowercased() }?.value
    }
}
