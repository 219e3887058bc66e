import Foundation
import SQSWire

/// Reads and checks message attributes and bodies as SendMessage does.
enum MessageAttributeParser {
    static func parse(_ members: [String: RequestParameters]?) throws(SQSError) -> [String: MessageAttributeValue] {
        guard let members, !members.isEmpty else { return [:] }
        guard members.count <= 10 else {
            throw SQSError(.invalidParameterValue, "Number of message attributes [\(members.count)] exceeds the allowed maximum [10].")
        }
        var result: [String: MessageAttributeValue] = [:]
        for (name, member) in members {
            try checkName(name)
            result[name] = try value(name: name, member: member, label: "Message (user) attribute")
        }
        return result
    }

    /// `MessageSystemAttributes`: only `AWSTraceHeader`, a String.
    static func traceHeader(_ members: [String: RequestParameters]?) throws(SQSError) -> String? {
        guard let members, !members.isEmpty else { return nil }
        for name in members.keys where name != "AWSTraceHeader" {
            throw SQSError(.invalidParameterValue, "Message system attribute name '\(name)' is invalid.")
        }
        let value = try value(name: "AWSTraceHeader", member: members["AWSTraceHeader"]!, label: "Message system attribute")
        guard value.dataType == "String" else {
            throw SQSError(.invalidParameterValue, "Message system attribute 'AWSTraceHeader' must use the String data type.")
        }
        return value.stringValue
    }

    private static func checkName(_ name: String) throws(SQSError) {
        let allowed = name.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a)
                || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
        }
        let lower = name.lowercased()
        guard !name.isEmpty, name.utf8.count <= 256, allowed, !name.hasPrefix("."), !name.hasSuffix("."), !name.contains(".."),
            !lower.hasPrefix("aws."), !lower.hasPrefix("amazon.")
        else {
            throw SQSError(.invalidParameterValue, "Message (user) attribute name \(name) is invalid. Reason: Can only include alphanumeric characters, hyphens, underscores, or dots. Must not start or end with a dot, contain consecutive dots, or use the AWS. or Amazon. prefixes.")
        }
    }

    private static func value(name: String, member: RequestParameters, label: String) throws(SQSError) -> MessageAttributeValue {
        guard let dataType = try member.string("DataType"), !dataType.isEmpty else {
            throw SQSError(.invalidParameterValue, "The message attribute '\(name)' must contain non-empty message attribute type.")
        }
        var attribute = MessageAttributeValue(dataType: dataType)
        guard dataType.utf8.count <= 256, ["String", "Number", "Binary"].contains(attribute.baseType) else {
            throw SQSError(.invalidParameterValue, "The type of message (user) attribute '\(name)' is invalid. You must use only the following supported type prefixes: Binary, Number, String.")
        }
        if attribute.isBinary {
            guard let encoded = try member.string("BinaryValue") else {
                throw SQSError(.invalidParameterValue, "The message attribute '\(name)' with type 'Binary' must use field 'Binary'.")
            }
            guard let bytes = Data(base64Encoded: encoded) else {
                throw SQSError(.invalidParameterValue, "\(label) '\(name)' has an invalid binary value.")
            }
            guard !bytes.isEmpty else {
                throw SQSError(.invalidParameterValue, "\(label) '\(name)' must contain a non-empty value of type 'Binary'.")
            }
            attribute.binaryValue = bytes
        } else {
            guard let text = try member.string("StringValue") else {
                throw SQSError(.invalidParameterValue, "The message attribute '\(name)' with type '\(attribute.baseType)' must use field 'String'.")
            }
            guard !text.isEmpty else {
                throw SQSError(.invalidParameterValue, "\(label) '\(name)' must contain a non-empty value of type '\(attribute.baseType)'.")
            }
            if attribute.baseType == "Number", !isNumber(text) {
                throw SQSError(.invalidParameterValue, "Can't convert '\(text)' to a number for \(label.lowercased()) '\(name)'.")
            }
            guard isValidText(text) else {
                throw SQSError(.invalidParameterValue, "\(label) '\(name)' contains invalid characters.")
            }
            attribute.stringValue = text
        }
        return attribute
    }

    /// A decimal number of at most 38 significant digits, as SQS accepts for Number attributes.
    private static func isNumber(_ text: String) -> Bool {
        guard let number = Decimal(string: text), !number.isNaN,
            text.allSatisfy({ $0.isNumber || "+-.eE".contains($0) })
        else { return false }
        return text.filter(\.isNumber).count <= 38 + 4
    }

    /// The first character `isValidText` refuses, for the error that names it.
    static func firstInvalidCharacter(in text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first { scalar in
            scalar.value < 0x20 ? ![0x09, 0x0a, 0x0d].contains(scalar.value) : scalar.value == 0xfffe || scalar.value == 0xffff
        }
    }

    /// The characters SQS allows in bodies and attribute values: tab, newline, carriage return and
    /// everything from U+0020 except U+FFFE and U+FFFF (surrogates cannot occur in a Swift string).
    static func isValidText(_ text: String) -> Bool {
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            if byte < 0x20 {
                if byte != 0x09 && byte != 0x0a && byte != 0x0d { return false }
            } else if byte == 0xef {
                guard let second = iterator.next() else { return true }
                guard let third = iterator.next() else { return true }
                if second == 0xbf && (third == 0xbe || third == 0xbf) { return false }
            }
        }
        return true
    }
}
