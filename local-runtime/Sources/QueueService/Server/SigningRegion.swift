/// The region a request is signed for: the region field of its SigV4 credential scope
/// (`Credential=<key>/<date>/<region>/sqs/aws4_request`), from the `Authorization` header or, in a
/// presigned URL, the `X-Amz-Credential` parameter. SQS keeps each region's queues apart, so this
/// decides which queues a request can see; an unsigned request speaks to the server's own region.
package enum SigningRegion {
    package static func of(authorization: String?, query: String?) -> String? {
        if let authorization, let start = authorization.range(of: "Credential=") {
            return region(inScope: authorization[start.upperBound...].prefix { $0 != "," && $0 != " " })
        }
        guard let query, query.contains("X-Amz-Credential=") else { return nil }
        return QueryForm.decode(Substring(query)).first { $0.0 == "X-Amz-Credential" }.flatMap { region(inScope: Substring($0.1)) }
    }

    /// The third of the scope's five fields, counted from its end (an access key never holds a slash,
    /// but counting from the end keeps one from shifting the fields).
    private static func region(inScope scope: Substring) -> String? {
        let fields = scope.split(separator: "/", omittingEmptySubsequences: false)
        guard fields.count >= 5, !fields[fields.count - 3].isEmpty else { return nil }
        return String(fields[fields.count - 3])
    }
}
