import Foundation

/// A message attribute value as SendMessage takes it and ReceiveMessage returns it. The data type keeps
/// its custom suffix (`Number.float`), which the MD5 digest covers.
package struct MessageAttributeValue: Hashable, Sendable, Codable {
    package var dataType: String
    package var stringValue: String?
    package var binaryValue: Data?

    package init(dataType: String, stringValue: String? = nil, binaryValue: Data? = nil) {
        self.dataType = dataType
        self.stringValue = stringValue
        self.binaryValue = binaryValue
    }

    enum CodingKeys: String, CodingKey {
        case dataType = "DataType"
        case stringValue = "StringValue"
        case binaryValue = "BinaryValue"
    }

    /// The base type before any custom suffix: `String`, `Number` or `Binary`.
    package var baseType: String {
        dataType.split(separator: ".", maxSplits: 1).first.map(String.init) ?? dataType
    }

    /// Whether the value travels as bytes (`Binary…`) rather than text.
    package var isBinary: Bool { baseType == "Binary" }

    /// Bytes counted against the message size limit: name, data type and value.
    package func payloadSize(name: String) -> Int {
        name.utf8.count + dataType.utf8.count + (stringValue?.utf8.count ?? 0) + (binaryValue?.count ?? 0)
    }
}
