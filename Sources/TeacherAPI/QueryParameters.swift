import Foundation
import LambdaWire

/// A request's query parameters: the gateway's, or read from the raw query string when it gave none
/// (repeated names joined with commas, as API Gateway joins them).
enum QueryParameters {
    static func of(_ request: HTTPAPIRequest) -> [String: String] {
        if let parameters = request.queryStringParameters { return parameters }
        var values: [String: String] = [:]
        for pair in request.rawQueryString.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ text: Substring) -> String {
                let spaced = text.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            let key = decode(parts[0])
            let value = parts.count > 1 ? decode(parts[1]) : ""
            values[key] = values[key].map { "\($0),\(value)" } ?? value
        }
        return values
    }

    /// A whole number written as digits only (no sign, no spaces), as a query carries one; nil otherwise.
    static func wholeNumber(_ text: String, digits: Int = 9) -> Int? {
        guard !text.isEmpty, text.count <= digits, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }

    /// Refuses parameters the operation does not take, naming the first.
    static func require(_ parameters: [String: String], only allowed: [String]) throws(APIError) {
        if let unknown = parameters.keys.sorted().first(where: { !allowed.contains($0) }) {
            throw .invalid(String(unknown.prefix(60)), "unknown query parameter \"\(unknown.prefix(60))\"; expected \(allowed.joined(separator: ", "))")
        }
    }
}
