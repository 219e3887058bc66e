import Foundation

/// The URL requests go to, split the way signing needs it.
package struct SQSEndpoint: Sendable, Equatable {
    /// What requests are posted to, e.g. `https://sqs.eu-west-1.amazonaws.com/`.
    package let url: String
    /// The `Host` header value: the port only when it is not the scheme's default, as clients send it.
    package let host: String
    /// The request path, `/` unless the endpoint names one.
    package let path: String

    package init(_ string: String) throws(QueueClientError) {
        guard let components = URLComponents(string: string),
            let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let hostname = components.host, !hostname.isEmpty
        else { throw .invalidEndpoint(string) }
        let defaultPort = scheme == "https" ? 443 : 80
        // An IPv6 literal keeps its brackets in the URL and the Host header.
        let name = hostname.contains(":") && !hostname.hasPrefix("[") ? "[\(hostname)]" : hostname
        host = components.port.map { $0 == defaultPort ? name : "\(name):\($0)" } ?? name
        path = components.path.isEmpty ? "/" : components.path
        url = "\(scheme)://\(host)\(path)"
    }

    /// `AWS_ENDPOINT_URL_SQS`, else `AWS_ENDPOINT_URL`, else the public regional endpoint.
    package static func resolve(region: String, environment: [String: String]) throws(QueueClientError) -> SQSEndpoint {
        if let url = environment["AWS_ENDPOINT_URL_SQS"].nonEmpty ?? environment["AWS_ENDPOINT_URL"].nonEmpty {
            return try SQSEndpoint(url)
        }
        return try SQSEndpoint("https://sqs.\(region).amazonaws.com")
    }
}
