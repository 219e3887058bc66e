/// What a handler needs from the HTTP request besides its members.
struct SQSRequestContext {
    /// Base of queue URLs, from the request's Host header: `http://127.0.0.1:9324`.
    let baseURL: String
    let accountId: String
    /// `X-Amzn-Trace-Id`, which SendMessage stores as the AWSTraceHeader system attribute.
    let traceId: String?
    /// The region the request is signed for (see `SigningRegion`); nil when it is unsigned.
    var region: String? = nil

    func queueURL(_ name: String) -> String {
        "\(baseURL)/\(accountId)/\(name)"
    }
}
