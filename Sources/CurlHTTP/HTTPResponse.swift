/// A complete HTTP response as the transport received it.
package struct HTTPResponse: Sendable {
    package var status: Int
    /// Header fields in arrival order, names as sent.
    package var headers: [(name: String, value: String)]
    package var body: [UInt8]

    package init(status: Int, headers: [(name: String, value: String)], body: [UInt8]) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// Case-insensitive lookup of the first field with this name.
    package func header(_ name: String) -> String? {
        headers.first { Self.namesMatch($0.name, name) }?.value
    }

    /// ASCII case-insensitive comparison without building lowered copies (field names are ASCII).
    static func namesMatch(_ first: String, _ second: String) -> Bool {
        var first = first, second = second
        return first.withUTF8 { a in
            second.withUTF8 { b in
                guard a.count == b.count else { return false }
                for index in 0..<a.count where a[index] != b[index] {
                    guard a[index] | 0x20 == b[index] | 0x20, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(a[index] | 0x20) else {
                        return false
                    }
                }
                return true
            }
        }
    }
}
