import Foundation

/// The JSON endpoints take `Content-Type: application/json` and nothing else (a `charset`, when given,
/// must be UTF-8, the only one JSON has). A form or `text/plain` post is what a browser sends to
/// another site without asking first; refusing it keeps such a post from ever reaching the body parser.
enum JSONContentType {
    static func require(_ header: String?) throws(APIError) {
        guard let header, !header.allSatisfy(\.isWhitespace) else {
            throw .unsupportedMediaType("a Content-Type: application/json header is required")
        }
        let parts = header.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard parts.first == "application/json" else {
            throw .unsupportedMediaType("Content-Type must be application/json, not \"\(header.prefix(80))\"")
        }
        for parameter in parts.dropFirst() where parameter.hasPrefix("charset=") {
            let charset = parameter.dropFirst("charset=".count).trimmingCharacters(in: .init(charactersIn: "\""))
            guard charset == "utf-8" || charset == "utf8" else {
                throw .unsupportedMediaType("application/json is UTF-8; charset \(charset.prefix(40)) is not accepted")
            }
        }
    }
}
