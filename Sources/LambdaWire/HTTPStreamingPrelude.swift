#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Status, headers and cookies that open a streamed HTTP-integration response: the JSON document,
/// then eight NUL bytes, then the body. Function URLs and API Gateway read it to build the client's head.
package struct HTTPStreamingPrelude: Codable, Sendable, Equatable {
    package var statusCode: Int
    package var headers: [String: String]
    package var cookies: [String]

    package init(statusCode: Int, headers: [String: String] = [:], cookies: [String] = []) {
        self.statusCode = statusCode
        self.headers = headers
        self.cookies = cookies
    }

    /// The `Content-Type` the runtime declares on a `/response` stream that starts with a prelude.
    package static let contentType = "application/vnd.awslambda.http-integration-response"

    /// Separates the prelude from the body; JSON never contains a raw NUL, so the first run is the boundary.
    package static let separator = [UInt8](repeating: 0, count: 8)

    /// The prelude bytes to write before the first body chunk.
    package func encoded() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        return try Array(encoder.encode(self)) + Self.separator
    }

    /// Parses the start of a received stream. Returns nil until the separator has arrived; otherwise the
    /// prelude and the offset where the body begins.
    package static func parse(_ bytes: [UInt8]) throws -> (prelude: HTTPStreamingPrelude, bodyOffset: Int)? {
        guard bytes.count >= separator.count else { return nil }
        var run = 0
        for (index, byte) in bytes.enumerated() {
            run = byte == 0 ? run + 1 : 0
            if run == separator.count {
                let jsonEnd = index + 1 - separator.count
                let prelude = try JSONDecoder().decode(HTTPStreamingPrelude.self, from: Data(bytes[..<jsonEnd]))
                return (prelude, index + 1)
            }
        }
        return nil
    }

    enum CodingKeys: String, CodingKey {
        case statusCode, headers, cookies
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        statusCode = try container.decode(Int.self, forKey: .statusCode)
        headers = try container.decodeIfPresent([String: String].self, forKey: .headers) ?? [:]
        cookies = try container.decodeIfPresent([String].self, forKey: .cookies) ?? []
    }
}
