/// A complete HTTP response as the transport received it.
struct HTTPResponse: Sendable {
    var status: Int
    /// Header fields in arrival order, names as sent.
    var headers: [(name: String, value: String)]
    var body: [UInt8]

    /// Case-insensitive lookup of the first field with this name.
    func header(_ name: String) -> String? {
        let wanted = name.lowercased()
        return headers.first { $0.name.lowercased() == wanted }?.value
    }
}
