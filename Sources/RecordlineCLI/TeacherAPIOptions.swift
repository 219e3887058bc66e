import ArgumentParser
import CurlHTTP
import Foundation

/// Where the teacher API is and who is asking, for the `batch` commands: `--api` (or
/// `RECORDLINE_API_URL`, default local-runtime's `http://127.0.0.1:3000`) and `--token` (or
/// `RECORDLINE_TOKEN`, as `recordline token` prints one).
struct TeacherAPIOptions: ParsableArguments {
    @Option(help: "The teacher API's base URL (default: RECORDLINE_API_URL, else http://127.0.0.1:3000).")
    var api: String?

    @Option(help: "A bearer token (default: RECORDLINE_TOKEN).")
    var token: String?

    var baseURL: String {
        let url = api ?? ProcessInfo.processInfo.environment["RECORDLINE_API_URL"] ?? "http://127.0.0.1:3000"
        return url.hasSuffix("/") ? String(url.dropLast()) : url
    }

    /// Sends one request and answers the response, or ends the command saying why: the exit code
    /// tells scripts bad input (65) from no access (77), not found (3), the limit (75) and no service (69).
    func send(_ method: String, _ path: String, body: [UInt8]? = nil, contentType: String? = nil) async throws -> HTTPResponse {
        guard let bearer = token ?? ProcessInfo.processInfo.environment["RECORDLINE_TOKEN"], !bearer.isEmpty else {
            throw failure("no token: give --token or set RECORDLINE_TOKEN (recordline token --teacher NAME prints one)", exitCode: 64)
        }
        var headers = [(name: "Authorization", value: "Bearer \(bearer)")]
        if let contentType { headers.append((name: "Content-Type", value: contentType)) }
        let request = HTTPRequest(
            method: method, url: baseURL + path, headers: headers, body: body.map { .bytes($0) } ?? .none, timeout: .seconds(300),
            connectTimeout: .seconds(10))
        let response: HTTPResponse
        do {
            response = try await CurlConnection(label: "recordline-batch").perform(request)
        } catch {
            throw failure("the API at \(baseURL) cannot be reached: \(error.message)", exitCode: 69)
        }
        guard (200..<300).contains(response.status) else {
            let error = (try? JSONSerialization.jsonObject(with: Data(response.body))) as? [String: Any]
            let detail = error?["error"] as? [String: Any]
            let message = detail?["message"] as? String ?? String(decoding: response.body.prefix(200), as: UTF8.self)
            let field = (detail?["field"] as? String).map { " (\($0))" } ?? ""
            throw failure("\(response.status): \(message)\(field)", exitCode: Self.exitCode(status: response.status))
        }
        return response
    }

    static func exitCode(status: Int) -> Int32 {
        switch status {
        case 401, 403: 77
        case 404: 3
        case 429: 75
        case 400, 413, 415: 65
        default: 69
        }
    }
}
