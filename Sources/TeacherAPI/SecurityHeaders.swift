import Crypto
import Foundation

/// The headers that keep a browser from misusing what the API sends: every answer (JSON, errors, the
/// event stream) is never sniffed into HTML, never framed (clickjacking), never leaks its address in a
/// Referer, and runs nothing; the page runs its own inline script and style and nothing else.
enum SecurityHeaders {
    /// For every response; the page's `content-security-policy` replaces this one.
    static let api: [String: String] = [
        "x-content-type-options": "nosniff",
        "x-frame-options": "DENY",
        "referrer-policy": "no-referrer",
        "content-security-policy": "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    ]

    /// The page's policy: its inline script and style allowed by the SHA-256 of the very text served
    /// (so an injected `<script>`, inline handler or `style` attribute is refused), requests to its own
    /// origin only, and no form may post anywhere (the page submits with `fetch`).
    static func page(script: String, style: String) -> [String: String] {
        api.merging([
            "content-security-policy": [
                "default-src 'none'", "script-src \(source(script))", "style-src \(source(style))", "connect-src 'self'",
                "img-src 'self'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'",
            ].joined(separator: "; "),
        ]) { $1 }
    }

    /// A CSP hash source for an inline element's exact text.
    static func source(_ text: String) -> String {
        "'sha256-\(Data(SHA256.hash(data: Data(text.utf8))).base64EncodedString())'"
    }
}
