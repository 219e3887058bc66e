#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A buffered answer to an `HTTPAPIRequest` (payload format 2.0).
package struct HTTPAPIResponse: Codable, Sendable, Equatable {
    package var statusCode: Int
    package var headers: [String: String]?
    package var cookies: [String]?
    package var body: String?
    package var isBase64Encoded: Bool?

    package init(statusCode: Int, headers: [String: String]? = nil, cookies: [String]? = nil, body: String? = nil) {
        self.statusCode = statusCode
        self.headers = headers
        self.cookies = cookies
        self.body = body
        self.isBase64Encoded = false
    }

    /// A response whose bytes are carried base64-encoded, as binary bodies must be.
    package init(statusCode: Int, headers: [String: String]? = nil, binaryBody: [UInt8]) {
        self.statusCode = statusCode
        self.headers = headers
        self.body = Data(binaryBody).base64EncodedString()
        self.isBase64Encoded = true
    }
}
