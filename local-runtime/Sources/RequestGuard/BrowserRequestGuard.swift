/// Keeps web pages away from local-runtime's unauthenticated servers. A page the developer visits can
/// send requests to 127.0.0.1 with no preflight when they look like a form post (`text/plain`,
/// `application/x-www-form-urlencoded`, `multipart/form-data`, or no body at all); the answer is
/// hidden from the page, but the request still runs: a function invoked, a message sent, a queue
/// purged. Browsers mark such requests with `Origin` and `Sec-Fetch-Site`; programs (the AWS CLI,
/// SDKs, curl, the functions) send neither, or this server's own origin.
package struct BrowserRequestGuard: Sendable {
    /// The origins that are this server itself, lowercased: `http://127.0.0.1:<port>`, `http://localhost:<port>`
    /// and the address it listens on.
    package let ownOrigins: [String]

    package init(host: String, port: Int) {
        var hosts = ["127.0.0.1", "localhost"]
        let listening = host.lowercased()
        if !hosts.contains(listening), listening != "0.0.0.0", listening != "::" {
            hosts.append(listening.contains(":") ? "[\(listening)]" : listening)
        }
        ownOrigins = hosts.map { "http://\($0):\(port)" }
    }

    /// Why a request that came from a web page is refused (403), or nil: an `Origin` other than this
    /// server's own, or `Sec-Fetch-Site` saying another site sent it.
    package func browserRefusal(origin: String?, fetchSite: String?) -> GuardRefusal? {
        if let origin, !ownOrigins.contains(Self.normalized(origin)) {
            return GuardRefusal(
                status: .forbidden,
                message: "local-runtime does not take requests from web pages: Origin '\(origin)' is not this server "
                    + "(\(ownOrigins.joined(separator: " or "))); call it from the AWS CLI, an SDK or curl")
        }
        return Self.fetchSiteRefusal(fetchSite)
    }

    /// Why a body of this type is refused (415) where `expected` is what the endpoint reads, or nil.
    /// A request with no `Content-Type` passes: programs often send none, and a browser that sends a
    /// body without one also sends `Origin`.
    package func contentTypeRefusal(_ contentType: String?, expected: ExpectedBody) -> GuardRefusal? {
        guard let contentType else { return nil }
        let mediaType = Self.mediaType(contentType)
        let accepted: Bool
        switch expected {
        case .json:
            accepted = !Self.simpleRequestTypes.contains(mediaType)
        case .queryForm:
            accepted = !Self.simpleRequestTypes.contains(mediaType) || mediaType == "application/x-www-form-urlencoded"
        }
        guard !accepted else { return nil }
        return GuardRefusal(
            status: .unsupportedMediaType,
            message: "Content-Type '\(contentType)' is not accepted here: send \(expected.description)")
    }

    /// The Runtime API serves only the function's own runtime, which never sends `Origin`: any request
    /// carrying one came from a web page.
    package static func runtimeAPIRefusal(origin: String?, fetchSite: String?) -> GuardRefusal? {
        if let origin {
            return GuardRefusal(
                status: .forbidden,
                message: "the Runtime API serves the function's own runtime, not web pages: the request carries Origin '\(origin)'")
        }
        return fetchSiteRefusal(fetchSite)
    }

    /// The content types a browser sends cross-site without asking first (the CORS "simple" ones).
    static let simpleRequestTypes: Set<String> = ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data"]

    private static func fetchSiteRefusal(_ fetchSite: String?) -> GuardRefusal? {
        guard let fetchSite else { return nil }
        let site = fetchSite.trimmingWhitespace().lowercased()
        guard site == "cross-site" || site == "same-site" else { return nil }
        return GuardRefusal(
            status: .forbidden,
            message: "local-runtime does not take requests from web pages: Sec-Fetch-Site is '\(fetchSite)' "
                + "(a browser sent it from another site); call it from the AWS CLI, an SDK or curl")
    }

    /// `type/subtype` without parameters, lowercased.
    static func mediaType(_ contentType: String) -> String {
        let essence = contentType.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        return String(essence).trimmingWhitespace().lowercased()
    }

    /// Origins compare by scheme, host and port, case-insensitively; a trailing slash is not part of one.
    private static func normalized(_ origin: String) -> String {
        var value = origin.trimmingWhitespace().lowercased()
        if value.hasSuffix("/") { value.removeLast() }
        return value
    }
}

extension String {
    fileprivate func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        return String(drop(while: isSpace).reversed().drop(while: isSpace).reversed())
    }
}
