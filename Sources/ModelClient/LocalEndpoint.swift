/// Whether a model endpoint keeps student text on the school's own machines: its host is a loopback
/// or private address (127.0.0.0/8, 10/8, 172.16/12, 192.168/16, 169.254/16, ::1, fc00::/7,
/// fe80::/10) or `localhost`. A host name is not resolved: what a name points at can change after the
/// check, so a setting that promises the text stays local accepts addresses only.
enum LocalEndpoint {
    /// nil when the URL's host is local; otherwise why it is not.
    static func refusal(_ baseURL: String) -> String? {
        guard let host = host(of: baseURL) else { return "has no host" }
        if host == "localhost" || isPrivateIPv4(host) || isPrivateIPv6(host) { return nil }
        return "host \"\(host.prefix(80))\" is not a loopback or private address"
    }

    /// The host of `scheme://[user@]host[:port]/…`, brackets of an IPv6 literal removed, lowercased.
    static func host(of url: String) -> String? {
        guard let scheme = url.range(of: "://") else { return nil }
        var authority = Substring(url[scheme.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" })
        if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { return nil }
            let inner = authority[authority.index(after: authority.startIndex)..<close]
            return inner.isEmpty ? nil : inner.lowercased()
        }
        let host = authority.prefix { $0 != ":" }
        return host.isEmpty ? nil : host.lowercased()
    }

    static func isPrivateIPv4(_ host: String) -> Bool {
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return false }
        let octets = parts.compactMap { part in part.count <= 3 && part.allSatisfy(\.isASCIIDigit) ? UInt8(part) : nil }
        guard octets.count == 4 else { return false }
        switch (octets[0], octets[1]) {
        case (127, _), (10, _), (192, 168), (169, 254): return true
        case (172, let second): return (16...31).contains(second)
        default: return false
        }
    }

    static func isPrivateIPv6(_ host: String) -> Bool {
        guard host.contains(":"), host.allSatisfy({ $0.isHexDigit || $0 == ":" }) else { return false }
        if host == "::1" { return true }
        // fc00::/7 (unique local) and fe80::/10 (link local), written with their first group in full.
        guard let first = host.split(separator: ":", omittingEmptySubsequences: false).first, first.count == 4,
              let value = UInt16(first, radix: 16)
        else { return false }
        return value & 0xFE00 == 0xFC00 || value & 0xFFC0 == 0xFE80
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
