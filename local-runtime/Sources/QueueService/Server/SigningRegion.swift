/// The region a request is signed for: the region field of its SigV4 credential scope
/// (`Credential=<key>/<date>/<region>/sqs/aws4_request`), from the `Authorization` header or, in a
/// presigned URL, the `X-Amz-Credential` parameter. SQS keeps each region's queues apart, so this
/// decides which queues a request can see; an unsigned request speaks to the server's own region.
package enum SigningRegion {
    package static func of(authorization: String?, query: String?) -> String? {
        if let authorization {
            return scope(inHeader: authorization).flatMap(region(inScope:))
        }
        guard let query, query.contains("X-Amz-Credential=") else { return nil }
        return QueryForm.decode(Substring(query)).first { $0.0 == "X-Amz-Credential" }.flatMap { region(inScope: Substring($0.1)) }
    }

    private static let marker = Array("Credential=".utf8)

    /// What follows `Credential=` up to the next comma or space. Every signed request passes here, so it
    /// walks the header's bytes instead of Foundation's substring search, which costs several times more.
    private static func scope(inHeader header: String) -> Substring? {
        let bytes = header.utf8
        var index = bytes.startIndex
        while index != bytes.endIndex {
            if bytes[index...].starts(with: marker) {
                let start = bytes.index(index, offsetBy: marker.count)
                let end = bytes[start...].firstIndex { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: " ") } ?? bytes.endIndex
                return header[start..<end]
            }
            index = bytes.index(after: index)
        }
        return nil
    }

    /// The third of the scope's five fields, counted from its end (an access key never holds a slash,
    /// but counting from the end keeps one from shifting the fields).
    private static func region(inScope scope: Substring) -> String? {
        let fields = scope.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        guard fields.count >= 5, !fields[fields.count - 3].isEmpty else { return nil }
        return String(Substring(fields[fields.count - 3]))
    }
}
