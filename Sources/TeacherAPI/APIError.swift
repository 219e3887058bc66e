import LambdaWire

/// An error answer: the status and a JSON body that names what is wrong (and the field, when one is).
struct APIError: Error, Sendable {
    let status: Int
    let code: String
    let message: String
    let field: String?
    var headers: [String: String] = [:]

    static func invalid(_ field: String, _ message: String) -> APIError {
        APIError(status: 400, code: "invalid_request", message: message, field: field)
    }

    static func notFound(_ message: String = "no such resource") -> APIError {
        APIError(status: 404, code: "not_found", message: message, field: nil)
    }

    static func methodNotAllowed(_ allowed: String) -> APIError {
        APIError(status: 405, code: "method_not_allowed", message: "use \(allowed)", field: nil, headers: ["allow": allowed])
    }

    static func unsupportedMediaType(_ message: String) -> APIError {
        APIError(status: 415, code: "unsupported_media_type", message: message, field: "Content-Type")
    }

    static func tooManyRequests(_ message: String, retryAfter seconds: Int) -> APIError {
        APIError(status: 429, code: "rate_limited", message: message, field: nil, headers: ["retry-after": String(max(1, seconds))])
    }

    /// The teacher has as many tasks queued or running as they may: a code of its own, so a client
    /// tells waiting for a task apart from slowing down.
    static func tooManyTasks(_ message: String, retryAfter seconds: Int) -> APIError {
        APIError(status: 429, code: "too_many_tasks", message: message, field: nil, headers: ["retry-after": String(max(1, seconds))])
    }

    /// The teacher's event streams, or all streams together, are at their limit.
    static func tooManyStreams(_ message: String, retryAfter seconds: Int) -> APIError {
        APIError(status: 429, code: "too_many_streams", message: message, field: nil, headers: ["retry-after": String(max(1, seconds))])
    }

    static func unavailable(_ message: String) -> APIError {
        APIError(status: 503, code: "unavailable", message: message, field: nil, headers: ["retry-after": "5"])
    }

    var response: HTTPAPIResponse {
        var body: [String: String] = ["code": code, "message": message]
        body["field"] = field
        return JSONResponse.make(status: status, ["error": body], headers: headers)
    }
}
