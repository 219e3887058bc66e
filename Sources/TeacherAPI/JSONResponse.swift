import Foundation
import LambdaWire

/// JSON answers with the headers every API response carries.
enum JSONResponse {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    static func make(status: Int, _ value: some Encodable, headers: [String: String] = [:]) -> HTTPAPIResponse {
        let body = (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        var all = ["content-type": "application/json; charset=utf-8", "cache-control": "no-store"]
        all.merge(headers) { $1 }
        return HTTPAPIResponse(statusCode: status, headers: all, body: body)
    }
}
