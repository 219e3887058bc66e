import CurlHTTP
import Foundation

extension SQSServiceError {
    /// Reads an AWS JSON error answer: `__type` (`namespace#Shape`), `message` or `Message`, and the legacy
    /// code from `x-amzn-query-error: Code;Sender`. Anything else (an HTML error page) keeps its status
    /// and a short excerpt so the cause stays visible.
    init(response: HTTPResponse) {
        struct Body: Decodable {
            var __type: String?
            var message: String?
            var Message: String?
        }
        let parsed = try? JSONDecoder().decode(Body.self, from: Data(response.body))
        let type = parsed?.__type ?? response.header("X-Amzn-ErrorType")
        let code = type.map { raw in
            let shape = raw.split(separator: "#").last.map(String.init) ?? raw
            // The header form may append `:<documentation URL>`.
            return shape.split(separator: ":").first.map(String.init) ?? shape
        }
        let queryParts = response.header("x-amzn-query-error")?.split(separator: ";")
        let queryCode = queryParts.flatMap { $0.count == 2 ? String($0[0]) : nil }
        let message = parsed?.message ?? parsed?.Message
            ?? String(decoding: response.body.prefix(200), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        self.init(
            status: response.status,
            code: code ?? (response.status == 429 ? "TooManyRequests" : "HTTP\(response.status)"),
            queryCode: queryCode,
            message: message,
            requestID: response.header("x-amzn-RequestId"))
    }
}
