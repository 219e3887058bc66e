/// Where and how to reach Redis: `redis://[[user]:password@]host[:port][/db]`, or `rediss://…` for TLS
/// (the server's certificate verified, and it must name the host).
package struct RedisURL: Sendable, Equatable {
    package var host: String
    package var port: Int
    package var username: String?
    package var password: String?
    package var database: Int
    /// `rediss://`: the connection is TLS.
    package var tls: Bool
    /// The PEM file of CA certificates a TLS server's certificate is verified against; nil uses OpenSSL's
    /// default trust roots, which `SSL_CERT_FILE` names (a package's bootstrap points it at its bundle).
    package var certificateAuthorityFile: String?

    package init(host: String = "127.0.0.1", port: Int = 6379, username: String? = nil, password: String? = nil, database: Int = 0,
                tls: Bool = false, certificateAuthorityFile: String? = nil) {
        self.host = host
        self.port = port
        self.username = username
        self.password = password
        self.database = database
        self.tls = tls
        self.certificateAuthorityFile = certificateAuthorityFile
    }

    package init(parsing text: String, certificateAuthorityFile: String? = nil) throws(RedisError) {
        self.certificateAuthorityFile = certificateAuthorityFile
        if text.hasPrefix("rediss://") {
            tls = true
        } else if text.hasPrefix("redis://") {
            tls = false
        } else {
            throw .invalidURL("expected a redis:// or rediss:// (TLS) URL")
        }
        var rest = Substring(text.dropFirst(tls ? "rediss://".count : "redis://".count))
        if let query = rest.firstIndex(of: "?") { rest = rest[..<query] }
        var path: Substring = ""
        if let slash = rest.firstIndex(of: "/") {
            path = rest[rest.index(after: slash)...]
            rest = rest[..<slash]
        }
        if let at = rest.lastIndex(of: "@") {
            let credentials = rest[..<at]
            rest = rest[rest.index(after: at)...]
            if let colon = credentials.firstIndex(of: ":") {
                let user = credentials[..<colon]
                username = user.isEmpty ? nil : try Self.percentDecoded(user)
                password = try Self.percentDecoded(credentials[credentials.index(after: colon)...])
            } else {
                // A lone credential is the password, as Redis clients read `redis://secret@host`.
                password = try Self.percentDecoded(credentials)
            }
        }
        if rest.hasPrefix("[") {
            guard let close = rest.firstIndex(of: "]") else { throw .invalidURL("unterminated IPv6 host") }
            host = String(rest[rest.index(after: rest.startIndex)..<close])
            rest = rest[rest.index(after: close)...]
            port = 6379
            if rest.hasPrefix(":") { port = try Self.number(rest.dropFirst(), what: "port") }
        } else if let colon = rest.lastIndex(of: ":") {
            host = String(rest[..<colon])
            port = try Self.number(rest[rest.index(after: colon)...], what: "port")
        } else {
            host = String(rest)
            port = 6379
        }
        if host.isEmpty { host = "127.0.0.1" }
        database = path.isEmpty ? 0 : try Self.number(path, what: "database")
    }

    private static func number(_ text: Substring, what: String) throws(RedisError) -> Int {
        guard let value = Int(text), value >= 0 else { throw .invalidURL("invalid \(what) '\(text)'") }
        return value
    }

    private static func percentDecoded(_ text: Substring) throws(RedisError) -> String {
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8).makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next(), let low = iterator.next(),
                let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16)
            else { throw .invalidURL("invalid percent escape in credentials") }
            bytes.append(value)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
